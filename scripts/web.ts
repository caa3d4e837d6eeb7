import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startHost } from '../src/host/server'

// `npm run web -- --data-dir /tmp/hp --now 2026-12-20T09:00`: the app in a browser, for
// machines without a display, demos and tests. Never part of the packaged app.
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    now: { type: 'string' },
    'fixed-now': { type: 'string' },
    'keychain-service': { type: 'string' },
  },
})

const dataDir = resolve(values['data-dir'] ?? join(homedir(), '.holiday-prep-preview'))
mkdirSync(dataDir, { recursive: true })
const host = await startHost({
  dataDir,
  port: values.port ? Number(values.port) : 0,
  now: values['fixed-now'] ?? values.now,
  clockMode: values['fixed-now'] ? 'fixed' : 'offset',
  keychainService: values['keychain-service'],
})
console.log(`休業準備ナビ (browser preview) / Holiday Prep browser preview`)
console.log(`data: ${dataDir}`)
console.log(`open: ${host.url}`)
const stop = () => void host.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
