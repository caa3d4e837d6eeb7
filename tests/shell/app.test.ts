import Database from 'better-sqlite3'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ipcChannel } from '@shared/ipc'
import { makeTempDir } from '../helpers/tempDir'

// The whole shell (runApp) against a fake Electron and a real core in a temp userData.
const fake = await vi.hoisted(async () => (await import('./fakeElectron')).createFakeElectron())
vi.mock('electron', () => fake.module)
// No keychain in the unit project; nothing here stores a secret.
vi.mock('../../src/main/core/secrets/keytarStore', () => ({
  createKeytarStore: () => ({
    backend: 'memory',
    get: async () => null,
    set: async () => undefined,
    delete: async () => false,
    accounts: async () => [],
    check: async () => null,
  }),
}))

const { runApp } = await import('../../src/main/electron/app')
const { LOG_FILE } = await import('@core/log/fileLogger')
const { DATABASE_FILE } = await import('@core')

const mainDir = '/opt/holiday-prep/resources/app.asar/out/main'
const rendererHtml = '/opt/holiday-prep/resources/app.asar/out/renderer/index.html'
const { BrowserWindow, Notification, Tray } = fake.module

let dir: ReturnType<typeof makeTempDir>
beforeEach(() => {
  fake.reset()
  dir = makeTempDir('hp-shell-')
  fake.state.userData = join(dir.path, 'holiday-prep')
  fake.state.home = dir.path
  // The Linux login item is a file under XDG_CONFIG_HOME: keep it in the temp folder.
  vi.stubEnv('XDG_CONFIG_HOME', join(dir.path, 'config'))
})
afterEach(() => {
  fake.module.app.emit('will-quit')
  vi.unstubAllEnvs()
  dir.remove()
})

const tick = () => new Promise((r) => setTimeout(r, 0))

async function start(options: { packaged?: boolean } = {}) {
  fake.module.app.isPackaged = options.packaged ?? true
  runApp(mainDir)
  fake.ready()
  await tick()
  await tick()
}

/** Calls a contract channel the way the window's preload would. */
async function call(channel: string, input: unknown) {
  const handlers = new Map(fake.module.ipcMain.handle.mock.calls.map(([name, fn]) => [name, fn]))
  const win = BrowserWindow.instances.at(-1)!
  const event = { sender: win.webContents, senderFrame: { url: pathToFileURL(rendererHtml).href } }
  return (handlers.get(ipcChannel(channel as never)) as (e: unknown, i: unknown) => Promise<unknown>)(
    event,
    input,
  )
}

describe('closing the window', () => {
  it('quits when "keep in tray" is off, although the tray exists', async () => {
    await start()
    expect(Tray.instances).toHaveLength(1)
    expect(await call('saveDesktopSettings', { keepInTray: false, startAtLogin: false })).toMatchObject({
      ok: true,
    })
    expect(BrowserWindow.instances[0]!.userCloses()).toBe(true)
    fake.module.app.emit('window-all-closed')
    expect(fake.module.app.quit).toHaveBeenCalled()
  })

  it('hides to the tray when "keep in tray" is on, and explains it once', async () => {
    await start()
    const win = BrowserWindow.instances[0]!
    expect(win.userCloses()).toBe(false)
    expect(win.hide).toHaveBeenCalled()
    expect(Notification.instances.map((n) => n.options.title)).toEqual(['休業準備ナビは動き続けています'])
    fake.module.app.emit('window-all-closed') // not emitted for a hidden window, but harmless
    expect(fake.module.app.quit).not.toHaveBeenCalled()
  })
})

describe('a start-up failure', () => {
  const dataDir = () => join(fake.state.userData, 'data')

  it('from a database newer than the app shows what to do in Japanese and English, and exits', async () => {
    mkdirSync(dataDir(), { recursive: true })
    const db = new Database(join(dataDir(), DATABASE_FILE))
    db.pragma('user_version = 999')
    db.close()
    await start()
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledTimes(1)
    const [title, content] = fake.module.dialog.showErrorBox.mock.calls[0] as [string, string]
    expect(title).toBe('休業準備ナビを起動できません / Holiday Prep cannot start')
    expect(content).toContain('新しいバージョンの休業準備ナビで作られています')
    expect(content).toContain('最新版に更新')
    expect(content).toContain('written by a newer Holiday Prep')
    const logFile = join(dataDir(), 'logs', LOG_FILE)
    expect(content).toContain(`記録(ログ): ${logFile}`)
    expect(content).toContain(`Log: ${logFile}`)
    expect(readFileSync(logFile, 'utf8')).toContain('database_too_new')
    expect(fake.module.app.exit).toHaveBeenCalledWith(1)
    // Nothing half-started stays behind: no window, no tray.
    expect(BrowserWindow.instances).toHaveLength(0)
    expect(Tray.instances).toHaveLength(0)
  })

  it('from a database another program holds locked says so in both languages, and exits', async () => {
    mkdirSync(dataDir(), { recursive: true })
    const holder = new Database(join(dataDir(), DATABASE_FILE))
    holder.pragma('locking_mode = EXCLUSIVE')
    holder.exec('CREATE TABLE IF NOT EXISTS t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1)')
    try {
      await start()
    } finally {
      holder.exec('ROLLBACK')
      holder.close()
    }
    const [, content] = fake.module.dialog.showErrorBox.mock.calls[0] as [string, string]
    expect(content).toContain('別のプログラムが使っている')
    expect(content).toContain('in use by another program')
    expect(fake.module.app.exit).toHaveBeenCalledWith(1)
  }, 20_000) // better-sqlite3 waits its 5 s busy timeout before it reports the lock
})

describe('a notification click with no window', () => {
  it('loads the page on the route (in the hash) instead of sending an event nobody hears yet', async () => {
    process.argv.push('--hidden')
    try {
      await start()
    } finally {
      process.argv.pop()
    }
    expect(BrowserWindow.instances).toHaveLength(0) // started at login: tray only
    // A reminder shown by the core through the shell's notifier, then clicked.
    await addExpiringCredential()
    const shown = Notification.instances.find((n) => n.options.title?.includes('ライセンスキー'))!
    shown.emit('click', {})
    const win = BrowserWindow.instances[0]!
    expect(win.loadFile).toHaveBeenCalledWith(rendererHtml, {
      hash: expect.stringMatching(/^\/shops\?credential=/),
    })
    expect(win.webContents.send).not.toHaveBeenCalledWith(
      'hp:event',
      expect.objectContaining({ type: 'navigate' }),
    )
  })
})

/** Adds a credential through the IPC handlers, which need a window: a throwaway one. */
async function addExpiringCredential() {
  const handlers = new Map(fake.module.ipcMain.handle.mock.calls.map(([name, fn]) => [name, fn]))
  // IPC only trusts the app's own window; a click on the tray opens it, then it is closed.
  Tray.instances[0]!.emit('click')
  const win = BrowserWindow.instances[0]!
  const event = { sender: win.webContents, senderFrame: { url: pathToFileURL(rendererHtml).href } }
  const invoke = (channel: string, input: unknown) =>
    (
      handlers.get(ipcChannel(channel as never)) as (
        e: unknown,
        i: unknown,
      ) => Promise<{ ok: boolean; value: unknown }>
    )(event, input)
  const shop = (await invoke('saveShop', {
    name: 'ひなた雑貨店',
    mallId: 'rakuten',
    active: true,
    deferredPaymentApps: [],
    notes: '',
  })) as { value: { id: string } }
  const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10)
  await invoke('saveCredential', {
    shopId: shop.value.id,
    kindId: 'rakuten.licenseKey',
    label: '',
    issuedOn: null,
    expiresOn: soon,
  })
  // Gone for good (not hidden): the next click must build a new window.
  await invoke('saveDesktopSettings', { keepInTray: false, startAtLogin: false })
  win.userCloses()
  BrowserWindow.instances = []
}

describe('development and the installed app', () => {
  it('uses a separate -dev userData, set before the single-instance lock, and writes no login item', async () => {
    await start({ packaged: false })
    expect(fake.order.indexOf('setPath:userData')).toBeGreaterThanOrEqual(0)
    expect(fake.order.indexOf('setPath:userData')).toBeLessThan(
      fake.order.indexOf('requestSingleInstanceLock'),
    )
    expect(fake.state.userData).toBe(join(dir.path, 'holiday-prep-dev'))
    expect(existsSync(join(dir.path, 'holiday-prep-dev', 'data', DATABASE_FILE))).toBe(true)
    expect(existsSync(join(dir.path, 'holiday-prep', 'data'))).toBe(false)
    await call('saveDesktopSettings', { keepInTray: true, startAtLogin: true })
    expect(fake.module.app.setLoginItemSettings).not.toHaveBeenCalled()
    expect(existsSync(join(dir.path, 'config', 'autostart'))).toBe(false)
  })

  it('the installed app keeps its fixed userData folder and registers the login item', async () => {
    await start()
    expect(fake.state.userData).toBe(join(dir.path, 'holiday-prep'))
    await call('saveDesktopSettings', { keepInTray: true, startAtLogin: true })
    expect(existsSync(join(dir.path, 'config', 'autostart', 'holiday-prep.desktop'))).toBe(true)
  })
})

describe('the tray icon', () => {
  it('uses the platform tray file, not the 512 px app icon scaled down', async () => {
    await start()
    expect(Tray.instances[0]!.image.path).toBe('/opt/holiday-prep/resources/app.asar/resources/tray/tray.png')
  })
})
