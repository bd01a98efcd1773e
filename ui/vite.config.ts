import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The analysts' workbench. `npm run build:ui` writes dist/ui, which the service serves at `/`;
 * `npm run dev:ui` serves ui/ with hot reload and forwards /graphql to the API (KG_API_URL, by
 * default http://localhost:4000, the port `npm start` uses).
 */
const uiDir = fileURLToPath(new URL('.', import.meta.url));
const projectDir = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: uiDir,
  base: '/',
  // Nothing is fetched from elsewhere at run time: every asset is bundled or served by the service.
  build: {
    outDir: fileURLToPath(new URL('../dist/ui', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    port: Number(process.env.UI_PORT ?? 5173),
    proxy: { '/graphql': { target: process.env.KG_API_URL ?? 'http://localhost:4000', changeOrigin: true } },
    // The relationship and entity vocabularies are read from schema/*.graphql at build time.
    fs: { allow: [projectDir] },
  },
});
