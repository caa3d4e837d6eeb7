import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { ElectronReadiness } from './electronBinary'

/**
 * The launch arguments of the real-Electron smoke test, and the checks it makes before
 * launching: a dev launch runs the app folder ('.'), whose package.json main must exist and
 * find the built preload and renderer where the shell looks for them (src/main/electron/
 * paths.ts: ../preload/index.cjs and ../renderer/index.html next to out/main). A broken path
 * fails here with its name, instead of as a blank window after a timeout.
 */
export function smokeLaunchOptions(readiness: Extract<ElectronReadiness, { ok: true }>, userDataDir: string) {
  return {
    executablePath: readiness.binary,
    // The dev binary runs the app in this folder; a packaged one carries it inside.
    args: [...(readiness.packaged ? [] : ['.']), `--user-data-dir=${userDataDir}`],
    env: { ...process.env, NODE_ENV: 'production' },
  }
}

export function launchProblems(appDir: string): string[] {
  const problems: string[] = []
  const pkgFile = join(appDir, 'package.json')
  if (!existsSync(pkgFile)) return [`${pkgFile} is missing`]
  const main = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { main?: string }).main
  if (!main) return ['package.json has no "main"']
  const mainFile = resolve(appDir, main)
  if (!existsSync(mainFile)) problems.push(`main ${mainFile} is missing (run electron-vite build)`)
  const mainDir = dirname(mainFile)
  const preload = join(mainDir, '../preload/index.cjs')
  const renderer = join(mainDir, '../renderer/index.html')
  if (!existsSync(preload)) problems.push(`preload ${preload} is missing`)
  if (!existsSync(renderer)) problems.push(`renderer ${renderer} is missing`)
  // The built main must point the window at that very preload file name.
  if (existsSync(mainFile) && !readFileSync(mainFile, 'utf8').includes('preload/index.cjs'))
    problems.push(`main ${mainFile} does not load preload/index.cjs`)
  return problems
}
