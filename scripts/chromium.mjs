// Where Debian's Chromium is and how to start it headless as root with WebGL through SwiftShader,
// with no network chatter (see docs/testing.md). Shared by vitest's browser project and e2e tests.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  // WebGL still draws through SwiftShader; the page's layers are composited in software. Compositing
  // every frame through SwiftShader kept the GPU process at about half a core while a map stood still.
  '--disable-gpu-compositing',
];

export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  return '/usr/bin/chromium';
}
