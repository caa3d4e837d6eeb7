import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { channelLayout } from '@shared/ipc'

let bundled: Promise<string> | null = null

/**
 * The page-side `window.api` of the browser host: page/apiShim.ts (the shared client over
 * fetch and SSE), compiled once per process with the contract's channel layout filled in.
 */
export function apiShimSource(): Promise<string> {
  bundled ??= build({
    configFile: false,
    logLevel: 'silent',
    define: { __HP_CHANNEL_LAYOUT__: JSON.stringify(channelLayout) },
    resolve: { alias: { '@shared': fileURLToPath(new URL('../shared', import.meta.url)) } },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: fileURLToPath(new URL('./page/apiShim.ts', import.meta.url)),
        formats: ['iife'],
        name: 'hpApiShim',
      },
    },
  }).then((result) => {
    const outputs = Array.isArray(result) ? result : [result]
    const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk')
    if (!chunk || chunk.type !== 'chunk') throw new Error('the API shim did not build')
    return chunk.code
  })
  return bundled
}
