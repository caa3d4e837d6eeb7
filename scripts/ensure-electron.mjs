#!/usr/bin/env node
// Electron 45 has no postinstall: its binary arrives on the first `require('electron')`, but
// electron-vite reads node_modules/electron/path.txt itself and throws "Electron uninstall"
// when it is missing. So `dev`, `start` and `dist` fetch the binary here first, with
// Electron's own installer, and stop with a plain bilingual message when that fails.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)

export class SetupError extends Error {}

/** Where Electron's package keeps its binary; the same rules as electron/index.js. */
function electronLocation() {
  const dir = dirname(require.resolve('electron/package.json'))
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version
  const platformPath =
    process.platform === 'darwin'
      ? 'Electron.app/Contents/MacOS/Electron'
      : process.platform === 'win32'
        ? 'electron.exe'
        : 'electron'
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist')
  return { dir, version, binary: join(distDir, platformPath), platformPath }
}

function installed({ dir, version, binary, platformPath }) {
  try {
    return (
      readFileSync(join(dir, 'dist', 'version'), 'utf8')
        .trim()
        .replace(/^v/, '') === version &&
      readFileSync(join(dir, 'path.txt'), 'utf8') === platformPath &&
      existsSync(binary)
    )
  } catch {
    return false
  }
}

/** A short reason from the installer's output, without its stack trace. */
function reasonFrom(stderr) {
  const lines = stderr.split(/\r?\n/).filter((l) => l.trim() && !/^\s+at\s/.test(l))
  return (
    lines.find((l) => /error|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|status|checksum/i.test(l)) ?? lines[0] ?? ''
  )
}

// install.js prints only "fetch failed"; asking the mirror once more names the cause
// (no DNS, refused, timed out) in words a person can act on.
async function networkCause() {
  const base =
    process.env.ELECTRON_MIRROR ||
    process.env.npm_config_electron_mirror ||
    'https://github.com/electron/electron/releases/'
  try {
    await fetch(base, { method: 'HEAD', signal: AbortSignal.timeout(5000) })
    return null
  } catch (error) {
    const code = error?.cause?.code ?? error?.cause?.message ?? error?.message ?? 'unknown'
    const words = /ENOTFOUND|EAI_AGAIN/.test(code)
      ? 'オフラインか DNS が使えません / offline or no DNS'
      : /ECONNREFUSED|ECONNRESET/.test(code)
        ? '接続を拒否されました / connection refused'
        : /TIMEOUT|ETIMEDOUT|AbortError/i.test(code)
          ? '応答がありません / no answer'
          : /CERT|SSL|TLS/i.test(code)
            ? '証明書を確認できません(社内プロキシ?) / certificate not trusted (a company proxy?)'
            : null
    return `${new URL(base).host}: ${code}${words ? ` — ${words}` : ''}`
  }
}

export function failureMessage(version, reason) {
  return [
    '',
    `休業準備ナビを起動できません: Electron ${version} の本体(約 100 MB)をダウンロードできませんでした。`,
    `  理由: ${reason || '不明'}`,
    '  直し方: インターネットにつないで、同じコマンド(npm run dev など)をもう一度実行してください。',
    '          プロキシの内側では HTTPS_PROXY と ELECTRON_GET_USE_PROXY=1 を、社内ミラーがあれば',
    '          ELECTRON_MIRROR を設定してください。手で入れるには: npx install-electron',
    '  テストとブラウザでのプレビュー(npm test / npm run web)は Electron なしで動きます。',
    '',
    `Cannot start Holiday Prep: the Electron ${version} runtime (about 100 MB) could not be downloaded.`,
    `  Reason: ${reason || 'unknown'}`,
    '  Fix: connect to the internet and run the same command (npm run dev, …) again.',
    '       Behind a proxy set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1; with an internal mirror set',
    '       ELECTRON_MIRROR. To install it by hand: npx install-electron',
    '  The tests and the browser preview (npm test / npm run web) work without Electron.',
    '',
  ].join('\n')
}

/**
 * Returns the path of the Electron binary, downloading it first when needed.
 * Throws SetupError with the message to show when it cannot.
 */
export async function ensureElectron() {
  const where = electronLocation()
  if (installed(where)) return where.binary
  console.log(
    `Electron ${where.version} をダウンロードしています(初回だけ、約 100 MB)… / ` +
      `Downloading Electron ${where.version} (first time only, about 100 MB)…`,
  )
  // Electron's own installer: same cache, checksums, mirror and proxy settings as
  // `npx install-electron`. Its stderr is kept back so a failure shows our message, not a stack.
  const r = spawnSync(process.execPath, [join(where.dir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    // A slow line may need long for 100 MB; a hung connection must not hang `npm run dev`.
    timeout: Number(process.env.HOLIDAY_PREP_ELECTRON_TIMEOUT_MS || 20 * 60_000),
  })
  if (r.status === 0 && installed(where)) return where.binary
  let reason = r.error?.code === 'ETIMEDOUT' ? 'timed out / 時間切れ' : reasonFrom(r.stderr ?? '')
  const cause = r.error ? null : await networkCause()
  if (cause) reason = reason ? `${reason} (${cause})` : cause
  throw new SetupError(failureMessage(where.version, reason))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  try {
    console.log(await ensureElectron())
  } catch (error) {
    if (!(error instanceof SetupError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}
