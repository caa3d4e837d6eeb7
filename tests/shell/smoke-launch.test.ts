import { cpSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../helpers/tempDir'
import { launchProblems, smokeLaunchOptions } from './smokeLaunch'

// What the real-Electron smoke test checks before it launches, shown failing here where
// Electron cannot run: a broken preload path is named, not found as a blank window later.
let dir: ReturnType<typeof makeTempDir> | null = null
afterEach(() => dir?.remove())

function appCopy(): string {
  dir = makeTempDir('hp-launch-')
  const app = join(dir.path, 'app')
  mkdirSync(app)
  cpSync('out', join(app, 'out'), { recursive: true })
  cpSync('package.json', join(app, 'package.json'))
  return app
}

describe('smoke test launch', () => {
  it('passes for the built app', () => {
    expect(launchProblems(process.cwd())).toEqual([])
  })

  it('fails, naming the file, when the preload is not where the shell looks for it', () => {
    const app = appCopy()
    renameSync(join(app, 'out/preload/index.cjs'), join(app, 'out/preload/index.js'))
    expect(launchProblems(app)).toEqual([`preload ${join(app, 'out/preload/index.cjs')} is missing`])
  })

  it('fails when package.json main points nowhere', () => {
    const app = appCopy()
    writeFileSync(join(app, 'package.json'), JSON.stringify({ main: './out/main/missing.cjs' }))
    expect(launchProblems(app)[0]).toContain('missing.cjs is missing')
  })

  it('runs the app folder with the dev binary and the installed app as it is, each with its own userData', () => {
    const dev = smokeLaunchOptions({ ok: true, binary: '/x/electron', packaged: false }, '/tmp/u')
    expect(dev.args).toEqual(['.', '--user-data-dir=/tmp/u'])
    const packaged = smokeLaunchOptions({ ok: true, binary: '/opt/app', packaged: true }, '/tmp/u')
    expect(packaged).toMatchObject({ executablePath: '/opt/app', args: ['--user-data-dir=/tmp/u'] })
  })
})
