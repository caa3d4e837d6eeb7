import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../helpers/tempDir'
import { electronReadiness } from './electronBinary'

// When the real-Electron smoke test runs, and what it says when it cannot.
let dir: ReturnType<typeof makeTempDir>
beforeEach(() => (dir = makeTempDir('hp-electron-pkg-')))
afterEach(() => dir.remove())

/** A stand-in electron package whose index.js behaves like Electron 45's lazy download. */
function fakeElectronPackage(index: string) {
  const pkg = join(dir.path, 'electron')
  mkdirSync(pkg)
  writeFileSync(join(pkg, 'package.json'), '{"name":"electron","main":"index.js"}')
  writeFileSync(join(pkg, 'index.js'), index)
  return pkg
}

describe('the Electron smoke test', () => {
  it("asks electron's own resolver (which downloads on first use) instead of skipping without path.txt", () => {
    const binary = join(dir.path, 'electron-binary')
    writeFileSync(binary, '')
    // Electron 45 writes path.txt only after its first download: there is none yet.
    const pkg = fakeElectronPackage(
      `console.log('Downloading Electron binary...'); module.exports = ${JSON.stringify(binary)}`,
    )
    const env = { ...process.env, HOLIDAY_PREP_APP_EXECUTABLE: '' }
    expect(electronReadiness({ electronDir: pkg, env, nativeBuiltForNode: () => false })).toEqual({
      ok: true,
      binary,
      packaged: false,
    })
  })

  it('says plainly why it skips when the download fails', () => {
    const pkg = fakeElectronPackage(
      "throw new Error('Electron failed to install correctly. Please delete `node_modules/electron`')",
    )
    const env = { ...process.env, HOLIDAY_PREP_APP_EXECUTABLE: '' }
    const r = electronReadiness({ electronDir: pkg, env, nativeBuiltForNode: () => false })
    expect(r).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^the Electron binary is not downloaded and could not be fetched \(.*failed to install/,
      ),
    })
  })

  it('launches the packaged app CI names in HOLIDAY_PREP_APP_EXECUTABLE, without looking at electron', () => {
    const exe = join(dir.path, 'holiday-prep')
    writeFileSync(exe, '')
    const pkg = fakeElectronPackage("throw new Error('must not run')")
    const env = { ...process.env, HOLIDAY_PREP_APP_EXECUTABLE: exe }
    expect(electronReadiness({ electronDir: pkg, env, nativeBuiltForNode: () => true })).toEqual({
      ok: true,
      binary: exe,
      packaged: true,
    })
    const missing = { ...process.env, HOLIDAY_PREP_APP_EXECUTABLE: join(dir.path, 'gone') }
    expect(electronReadiness({ electronDir: pkg, env: missing })).toMatchObject({ ok: false })
  })

  it('does not try to download when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    const pkg = fakeElectronPackage("throw new Error('must not run')")
    const r = electronReadiness({
      electronDir: pkg,
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    })
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining('ELECTRON_SKIP_BINARY_DOWNLOAD') })
  })

  it('skips with the reason when better-sqlite3 is built for Node: the app would stop at its error dialog', () => {
    const binary = join(dir.path, 'electron-binary')
    writeFileSync(binary, '')
    const pkg = fakeElectronPackage(`module.exports = ${JSON.stringify(binary)}`)
    const env = { ...process.env, HOLIDAY_PREP_APP_EXECUTABLE: '' }
    const r = electronReadiness({ electronDir: pkg, env, nativeBuiltForNode: () => true })
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining('native-abi.mjs electron') })
  })
})
