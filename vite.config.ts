import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The sample district's files are fetched at run time (`?url` imports): always emit them as
// files, never inline them as data: URLs, so the built app shows where its data came from.
const DATA_FILE = /\.(csv|geojson|json)$/i;

export default defineConfig({
  // Relative asset paths: the built app works from any folder (a USB stick, an intranet share).
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    assetsInlineLimit: (file) => (DATA_FILE.test(file) ? false : undefined),
    chunkSizeWarningLimit: 2500,
  },
});
