import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { _electron as electron } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { makeTempDir } from '../helpers/tempDir'

// Drives the real Electron app where its binary could be downloaded (a developer's PC).
// On machines without it (our build machines) the test says so and skips.
function electronBinary(): string | null {
  try {
    const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
    const pathFile = join(pkgDir, 'path.txt')
    if (!existsSync(pathFile)) return null
    const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim())
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

const binary = electronBinary()
if (!binary) console.log('[electron-smoke] skipped: the Electron binary is not downloaded on this machine')

describe.skipIf(!binary)('the packaged shell in real Electron', () => {
  it('opens the window with the sandboxed preload API and blocks navigation', async () => {
    const dir = makeTempDir('hp-electron-')
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.', `--user-data-dir=${dir.path}`],
      env: { ...process.env, NODE_ENV: 'production' },
    })
    try {
      const page = await app.firstWindow()
      await page.getByTestId('view-dashboard').waitFor()
      expect(await page.title()).toBe('休業準備ナビ')
      expect(
        await page.evaluate(
          () => typeof (window as unknown as { api: { getSettings: unknown } }).api.getSettings,
        ),
      ).toBe('function')
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
        'undefined',
      )
      await page.evaluate(() => (location.href = 'https://example.com/'))
      await page.waitForTimeout(500)
      expect(page.url()).toMatch(/^file:/)
    } finally {
      await app.close()
      dir.remove()
    }
  })
})
