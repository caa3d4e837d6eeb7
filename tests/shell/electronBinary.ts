import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'

export type ElectronReadiness =
  | { ok: true; binary: string; /** a packaged app: the app is inside the binary */ packaged: boolean }
  | { ok: false; reason: string }

export interface ReadinessOptions {
  /** node_modules/electron (tests point it at a stand-in package). */
  electronDir?: string
  env?: NodeJS.ProcessEnv
  timeoutMs?: number
  /** Does the app's native database module load in plain Node? Then it is not built for Electron. */
  nativeBuiltForNode?: () => boolean
}

/** The error line of a child's stderr (Node prints the source line and a caret first). */
function firstLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim())
  return (lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.find((l) => l.length > 0) ?? '').slice(0, 200)
}

/** Loads better-sqlite3 in a child Node: it works only when the module is built for Node's ABI. */
export function betterSqliteLoadsInNode(): boolean {
  const r = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    encoding: 'utf8',
    timeout: 30_000,
  })
  return r.status === 0
}

/**
 * Can the real app be launched here, and if not, why not (said plainly in the skip message)?
 * Electron 45 downloads its binary on the first require('electron'), not at install: asking
 * its own resolver fetches it on a developer's PC instead of skipping until someone else did.
 */
export function electronReadiness(options: ReadinessOptions = {}): ElectronReadiness {
  const env = options.env ?? process.env
  // CI's package job hands over the installed app's executable (docs/contributing.md).
  const packaged = env.HOLIDAY_PREP_APP_EXECUTABLE
  if (packaged)
    return existsSync(packaged)
      ? { ok: true, binary: packaged, packaged: true }
      : { ok: false, reason: `HOLIDAY_PREP_APP_EXECUTABLE ${packaged} does not exist` }
  let electronDir = options.electronDir
  if (!electronDir) {
    try {
      electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
    } catch {
      return { ok: false, reason: 'the electron package is not installed (npm ci)' }
    }
  }
  if (!existsSync(`${electronDir}/path.txt`) && env.ELECTRON_SKIP_BINARY_DOWNLOAD)
    return {
      ok: false,
      reason: 'the Electron binary is not downloaded and ELECTRON_SKIP_BINARY_DOWNLOAD asks not to fetch it',
    }
  const marker = 'ELECTRON_BINARY='
  const r = spawnSync(
    process.execPath,
    ['-e', `process.stdout.write('\\n${marker}' + require(${JSON.stringify(electronDir)}) + '\\n')`],
    { encoding: 'utf8', timeout: options.timeoutMs ?? 180_000, env },
  )
  const binary = r.stdout
    ?.split('\n')
    .find((l) => l.startsWith(marker))
    ?.slice(marker.length)
  if (r.status !== 0 || !binary)
    return {
      ok: false,
      reason: `the Electron binary is not downloaded and could not be fetched (${
        r.error ? r.error.message : firstLine(r.stderr ?? '') || `exit ${r.status}`
      })`,
    }
  if (!existsSync(binary)) return { ok: false, reason: `the Electron binary ${binary} is missing` }
  if ((options.nativeBuiltForNode ?? betterSqliteLoadsInNode)())
    return {
      ok: false,
      reason:
        'better-sqlite3 is built for Node (npm test switches it so), and the app would stop at its start-up error dialog; run `node scripts/native-abi.mjs electron` and then this file alone',
    }
  return { ok: true, binary, packaged: false }
}
