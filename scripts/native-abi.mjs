#!/usr/bin/env node
// better-sqlite3 is compiled for one ABI at a time: Node's (tests, browser host) or
// Electron's (the app). This switches it only when the other one is built, so `npm test`
// and `npm run dev` each just work after the other. keytar uses N-API and never needs it.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const target = process.argv[2]
if (target !== 'node' && target !== 'electron') {
  console.error('usage: native-abi.mjs node|electron')
  process.exit(2)
}
const require = createRequire(import.meta.url)
const marker = 'node_modules/.holiday-prep-native-abi'
const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node'
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  return r.status === 0
}

function loadsInNode() {
  const probe = "const D=require('better-sqlite3');new D(':memory:').prepare('select 1').get()"
  return spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore' }).status === 0
}

if (target === 'node') {
  if (loadsInNode()) {
    if (current !== 'node') rmSync(marker, { force: true })
    process.exit(0)
  }
  console.log('better-sqlite3: rebuilding for Node.js (tests and browser preview)…')
  if (!run(npm, ['rebuild', 'better-sqlite3']) || !loadsInNode()) {
    console.error(
      'better-sqlite3 could not be built for Node.js. A C++ toolchain (python3, make, g++) is needed.',
    )
    process.exit(1)
  }
  rmSync(marker, { force: true })
} else {
  const electronVersion = require('electron/package.json').version
  const wanted = `electron:${electronVersion}`
  if (current === wanted) process.exit(0)
  console.log(`better-sqlite3: rebuilding for Electron ${electronVersion} (the app)…`)
  if (!run(npx, ['electron-builder', 'install-app-deps'])) {
    console.error(
      'better-sqlite3 could not be rebuilt for Electron. This needs Electron headers from the internet ' +
        'and a C++ toolchain (Windows: Visual Studio Build Tools; macOS: Xcode Command Line Tools).',
    )
    process.exit(1)
  }
  writeFileSync(marker, wanted)
}
