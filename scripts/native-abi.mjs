#!/usr/bin/env node
// better-sqlite3 is compiled for one ABI at a time: Node's (tests, browser host) or
// Electron's (the app). This switches it only when the other one is built, so `npm test`
// and `npm run dev` each just work after the other. keytar uses N-API and never needs it.
//
// "Built" is decided by loading the module in the target runtime, never by a command's exit
// code: with `nodedir` in an npmrc, a "rebuild for Electron" quietly compiles against Node's
// headers and succeeds. The marker file records the ABI only after such a load worked.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ensureElectron, SetupError } from './ensure-electron.mjs'

const target = process.argv[2]
if (target !== 'node' && target !== 'electron') {
  console.error('usage: native-abi.mjs node|electron')
  process.exit(2)
}
const marker = 'node_modules/.holiday-prep-native-abi'
const isWindows = process.platform === 'win32'
const npm = isWindows ? 'npm.cmd' : 'npm'

const PROBE =
  "const D=require('better-sqlite3');new D(':memory:').prepare('select 1').get();" +
  'process.stdout.write(process.versions.modules)'

/** Loads better-sqlite3 in the given runtime: { ok, abi, error }. */
function probe(executable, env = {}) {
  const r = spawnSync(executable, ['-e', PROBE], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  })
  const error = (r.stderr ?? '').split('\n').find((l) => /NODE_MODULE_VERSION|Error/.test(l)) ?? ''
  return { ok: r.status === 0, abi: r.stdout?.trim() ?? '', error: error.trim() }
}

// A shell only for npm.cmd on Windows (Node refuses to spawn .cmd files without one); node
// itself runs without, so a path with spaces (C:\Program Files\nodejs) stays one argument.
function run(cmd, args, env = process.env) {
  return spawnSync(cmd, args, { stdio: 'inherit', shell: cmd === npm && isWindows, env }).status === 0
}

// npm exports every npmrc setting to scripts as npm_config_*; node-gyp takes nodedir from
// there and then builds against Node's headers whatever --target says. So the Electron
// rebuild runs electron-builder's CLI with plain node (npx would read the npmrc again) and
// without that variable.
function withoutNodedir(env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => k.toLowerCase() !== 'npm_config_nodedir'))
}
const require = createRequire(import.meta.url)
const builderCli = require.resolve('electron-builder/cli.js')

function keepNodeBuild() {
  const binary = join(
    dirname(require.resolve('better-sqlite3/package.json')),
    'build/Release/better_sqlite3.node',
  )
  const copy = join(mkdtempSync(join(tmpdir(), 'hp-native-')), 'better_sqlite3.node')
  const had = existsSync(binary) && probe(process.execPath).ok
  if (had) copyFileSync(binary, copy)
  const drop = () => rmSync(dirname(copy), { recursive: true, force: true })
  return {
    drop,
    restore() {
      if (!had) return drop()
      mkdirSync(dirname(binary), { recursive: true })
      copyFileSync(copy, binary)
      drop()
    },
  }
}

function fail(ja, en) {
  console.error(`\n${ja}\n${en}\n`)
  process.exit(1)
}

if (target === 'node') {
  if (probe(process.execPath).ok) {
    rmSync(marker, { force: true })
    process.exit(0)
  }
  console.log(
    'better-sqlite3 を Node.js 用に作り直しています… / rebuilding better-sqlite3 for Node.js (tests, browser preview)…',
  )
  if (!run(npm, ['rebuild', 'better-sqlite3']) || !probe(process.execPath).ok) {
    fail(
      'better-sqlite3 を Node.js 用に作れませんでした。C++ のビルド環境(Linux: python3 make g++、macOS: Xcode Command Line Tools、Windows: Visual Studio Build Tools)を入れてから、もう一度実行してください。',
      'better-sqlite3 could not be built for Node.js. Install a C++ toolchain (Linux: python3 make g++; macOS: Xcode Command Line Tools; Windows: Visual Studio Build Tools) and run it again.',
    )
  }
  rmSync(marker, { force: true })
} else {
  let electron
  try {
    electron = await ensureElectron()
  } catch (error) {
    if (!(error instanceof SetupError)) throw error
    console.error(error.message)
    process.exit(1)
  }
  const asNode = { ELECTRON_RUN_AS_NODE: '1' }
  let result = probe(electron, asNode)
  if (!result.ok) {
    console.log(
      'better-sqlite3 を Electron 用に作り直しています… / rebuilding better-sqlite3 for Electron (the app)…',
    )
    // node-gyp deletes the old build before it fetches headers; when the rebuild then fails
    // (offline, no toolchain) the Node build comes back, so `npm test` works without a rebuild.
    const saved = keepNodeBuild()
    const built = run(process.execPath, [builderCli, 'install-app-deps'], withoutNodedir(process.env))
    result = probe(electron, asNode)
    if (!result.ok) {
      saved.restore()
      fail(
        `better-sqlite3 を Electron 用に作れませんでした${built ? '(作り直しは終わりましたが、Electron で読み込めません)' : ''}。` +
          'Electron のヘッダーをダウンロードするためのインターネット接続と、C++ のビルド環境(Windows: Visual Studio Build Tools、macOS: Xcode Command Line Tools、Linux: python3 make g++)が必要です。' +
          `\n  詳しく: ${result.error || '-'}`,
        `better-sqlite3 could not be built for Electron${built ? ' (the rebuild finished, but Electron cannot load it)' : ''}. ` +
          'It needs the internet for Electron headers and a C++ toolchain (Windows: Visual Studio Build Tools; macOS: Xcode Command Line Tools; Linux: python3 make g++).' +
          `\n  Detail: ${result.error || '-'}` +
          '\n  `npm test` switches it back to Node.js by itself.',
      )
    }
    saved.drop()
  }
  writeFileSync(marker, `electron:${result.abi}\n`)
}
