// Where Debian's Chromium is and how to start it headless as root with WebGL through Mesa's llvmpipe,
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
  // WebGL through ANGLE on the system's EGL: Mesa's llvmpipe, which Debian's chromium-common pulls in
  // (libgl1-mesa-dri). SwiftShader, Chromium's own software GL, runs an instanced draw once per
  // instance: a deck.gl frame or hover pick of the sample's 4000 points cost it ~300 ms of CPU, llvmpipe
  // ~25 ms. Where no Mesa EGL is found Chromium falls back to SwiftShader, which the next flag allows.
  '--use-angle=gl-egl',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  // The page's layers are composited in software: compositing every frame through the software GL kept
  // the GPU process at about half a core while a map stood still.
  '--disable-gpu-compositing',
];

export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  return '/usr/bin/chromium';
}
