/**
 * The softphone UI: `npm run dev` serves it with the API and WebSocket proxied to the gateway on
 * :3000; `npm run build:ui` writes `dist/`, which the gateway serves at `/`.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const gateway = 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [svelte()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/api': { target: gateway, changeOrigin: true },
      '/ws': { target: gateway.replace('http', 'ws'), ws: true, changeOrigin: true },
    },
  },
});
