import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

// Main and preload are emitted as CommonJS on purpose: a sandboxed preload can only be one
// CJS file requiring nothing but 'electron', and a CJS main keeps __dirname and native modules
// (better-sqlite3, keytar, left external as `dependencies`) simple in dev, preview and packaged.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: { index: resolve('src/main/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Inline everything: the sandbox gives the preload no module loader beyond 'electron'.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [vue()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: {
        input: { index: resolve('src/renderer/index.html') },
      },
    },
  },
})
