import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The build lands in webapp/target/portal, which the WAR packages at its root (webapp/pom.xml).
// `npm run dev` proxies the APIs and the identity provider to a server started by scripts/run.sh.
const backend = process.env.TK_PORTAL_BACKEND ?? 'http://localhost:9080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../../../target/portal',
    emptyOutDir: true,
    reportCompressedSize: true,
    manifest: true,
  },
  server: {
    proxy: {
      '/api': backend,
      '/oidc': backend,
      '/login.html': backend,
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
