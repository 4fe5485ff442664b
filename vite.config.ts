import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CSP_HEADER, CSP_META } from './src/csp.ts';

// The sample district's files are fetched at run time (`?url` imports): always emit them as
// files, never inline them as data: URLs, so the built app shows where its data came from.
const DATA_FILE = /\.(csv|geojson|json)$/i;

const CHARSET = /<meta charset="UTF-8" \/>/;

/**
 * The Content-Security-Policy (src/csp.ts) as a <meta> in the built index.html, right after the
 * charset, so the static files carry it to any server. Build only: the dev server injects inline
 * scripts of its own.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      if (!CHARSET.test(html))
        throw new Error('index.html: no <meta charset="UTF-8" /> to put the Content-Security-Policy after');
      return html.replace(
        CHARSET,
        (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`,
      );
    },
  };
}

export default defineConfig({
  // Relative asset paths: the built app works from any folder (a USB stick, an intranet share).
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: {
    assetsInlineLimit: (file) => (DATA_FILE.test(file) ? false : undefined),
    chunkSizeWarningLimit: 2500,
  },
  // `vite preview` serves the build as a server would: the same policy as a header, with
  // frame-ancestors (which only a header can carry).
  preview: { headers: { 'Content-Security-Policy': CSP_HEADER } },
});
