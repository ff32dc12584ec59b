// The dashboard's build: `vite build web` (npm run build:web) writes web/dist, which `entente serve`
// serves. Preact's JSX runtime; relative asset URLs so the files work from any mount point.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The map's geometry is a lazily loaded chunk of its own; anything larger than this is a regression.
    chunkSizeWarningLimit: 250,
  },
});
