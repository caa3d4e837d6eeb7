import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import vueI18n from '@intlify/unplugin-vue-i18n/vite'
import type { Plugin } from 'vite'

/** The path aliases of tsconfig.base.json, for every build and test project. */
export const aliases = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@core': resolve(import.meta.dirname, 'src/main/core'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer'),
}

// The dev server injects styles with <style> tags and talks over a websocket: loosen the
// page's policy for `npm run dev` only. Built files keep the strict policy of index.html.
function devCsp(): Plugin {
  return {
    name: 'holiday-prep-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*")
    },
  }
}

/**
 * The area message files compiled at build time into vue-i18n's message ASTs: the page ships the
 * runtime-only vue-i18n (aliased by the plugin), without a message compiler, so nothing is
 * evaluated that the CSP would have to allow. Only the area files: the plugin would otherwise
 * take every .ts file for a message file.
 */
export function i18nMessages(moreFiles: string[] = []) {
  return vueI18n({
    include: [resolve(import.meta.dirname, 'src/renderer/i18n/areas/**'), ...moreFiles],
    runtimeOnly: true,
    compositionOnly: true,
    fullInstall: false,
    dropMessageCompiler: true,
    strictMessage: true,
  })
}

// Main and preload are emitted as CommonJS on purpose: a sandboxed preload can only be one
// CJS file requiring nothing but 'electron', and a CJS main keeps __dirname and native modules
// (better-sqlite3, keytar, left external as `dependencies`) simple in dev, preview and packaged.
export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: { index: resolve('src/main/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  preload: {
    resolve: { alias: aliases },
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
    resolve: { alias: aliases },
    define: {
      __INTLIFY_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_OPTIONS_API__: 'false',
    },
    plugins: [vue(), i18nMessages(), devCsp()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: {
        input: { index: resolve('src/renderer/index.html') },
        // The framework every screen runs on (Vue, its router, vue-i18n, Pinia) as one chunk:
        // left to itself the splitter cuts it differently with each change of the screens'
        // imports, and several small first-screen files compress worse than one.
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'framework',
                test: /node_modules[\\/](@vue|vue|vue-router|vue-i18n|@intlify|pinia)[\\/]/,
              },
            ],
          },
        },
      },
    },
  },
})
