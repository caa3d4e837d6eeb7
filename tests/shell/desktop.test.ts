import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { NotificationConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeTempDir } from '../helpers/tempDir'

vi.mock('electron', () => ({}))
const { applyStartAtLogin, AUTOSTART_FILE, HIDDEN_ARG, startedHidden } =
  await import('../../src/main/electron/loginItem')
type LoginItemEnv = import('../../src/main/electron/loginItem').LoginItemEnv
type LoginItemSettings = import('../../src/main/electron/loginItem').LoginItemSettings
const { trayMenuTemplate } = await import('../../src/main/electron/trayMenu')
const { ACTIVATION_ROUTE, createOsNotifier, toastActivationHandler } =
  await import('../../src/main/electron/notifier')
type NotificationLike = import('../../src/main/electron/notifier').NotificationLike

let dir: ReturnType<typeof makeTempDir>
beforeEach(() => (dir = makeTempDir()))
afterEach(() => dir.remove())

describe('start at login', () => {
  const env = (platform: NodeJS.Platform, more: Partial<LoginItemEnv> = {}): LoginItemEnv => ({
    platform,
    execPath: 'C:/App/holiday-prep.exe',
    configHome: dir.path,
    packaged: true,
    ...more,
  })

  it('on Windows registers the login item with --hidden (args are Windows-only)', () => {
    const app = { setLoginItemSettings: vi.fn() }
    expect(applyStartAtLogin(true, app, env('win32'))).toBe('login-item')
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true, args: [HIDDEN_ARG] })
    applyStartAtLogin(false, app, env('win32'))
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false, args: [] })
    expect(existsSync(join(dir.path, 'autostart'))).toBe(false)
  })

  it('on macOS passes only openAtLogin: Electron 45 has no openAsHidden and ignores args there', () => {
    const app = { setLoginItemSettings: vi.fn() }
    applyStartAtLogin(true, app, env('darwin'))
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true })
    applyStartAtLogin(false, app, env('darwin'))
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false })
  })

  it('starts hidden on macOS when the login item opened it (wasOpenedAtLogin), and on --hidden elsewhere', () => {
    const opened = (wasOpenedAtLogin: boolean) => ({
      getLoginItemSettings: () => ({ wasOpenedAtLogin }) as Electron.LoginItemSettings,
    })
    expect(startedHidden(['/Applications/x.app/Contents/MacOS/x'], 'darwin', opened(true))).toBe(true)
    expect(startedHidden(['/Applications/x.app/Contents/MacOS/x'], 'darwin', opened(false))).toBe(false)
    expect(startedHidden(['C:/App/holiday-prep.exe', HIDDEN_ARG], 'win32', opened(false))).toBe(true)
    expect(startedHidden(['C:/App/holiday-prep.exe'], 'win32', opened(true))).toBe(false)
    expect(startedHidden(['/opt/x', HIDDEN_ARG], 'linux', opened(false))).toBe(true)
  })

  it('is typed from Electron: a removed option does not compile', () => {
    const settings: LoginItemSettings = {
      openAtLogin: true,
      // @ts-expect-error openAsHidden was removed from Electron's login item settings (Electron 44)
      openAsHidden: true,
    }
    expect(settings.openAtLogin).toBe(true)
  })

  it('writes and removes an autostart .desktop file on Linux, the AppImage with --no-sandbox', () => {
    const app = { setLoginItemSettings: vi.fn() }
    const linux = env('linux', {
      execPath: '/opt/x/holiday-prep',
      appImage: '/home/a/Apps/Holiday Prep.AppImage',
    })
    expect(applyStartAtLogin(true, app, linux)).toBe('autostart-file')
    const file = join(dir.path, 'autostart', AUTOSTART_FILE)
    const entry = readFileSync(file, 'utf8')
    expect(entry).toContain('[Desktop Entry]')
    // electron-builder's own AppImage entry runs `AppRun --no-sandbox %U`: autostart must match.
    expect(entry).toContain(`Exec="/home/a/Apps/Holiday Prep.AppImage" --no-sandbox ${HIDDEN_ARG}\n`)
    expect(entry).toContain('Name=休業準備ナビ')
    applyStartAtLogin(false, app, linux)
    expect(existsSync(file)).toBe(false)
    // An installed (deb-like) binary runs with its sandbox.
    applyStartAtLogin(true, app, env('linux', { execPath: '/opt/x/holiday-prep' }))
    expect(readFileSync(file, 'utf8')).toContain(`Exec=/opt/x/holiday-prep ${HIDDEN_ARG}\n`)
    expect(app.setLoginItemSettings).not.toHaveBeenCalled()
  })

  it.each(['win32', 'darwin', 'linux'] as const)(
    "never writes a login item when not packaged (%s): dev would overwrite the installed app's",
    (platform) => {
      const app = { setLoginItemSettings: vi.fn() }
      expect(applyStartAtLogin(true, app, env(platform, { packaged: false }))).toBe('skipped-dev')
      expect(applyStartAtLogin(false, app, env(platform, { packaged: false }))).toBe('skipped-dev')
      expect(app.setLoginItemSettings).not.toHaveBeenCalled()
      expect(existsSync(join(dir.path, 'autostart'))).toBe(false)
    },
  )
})

describe('tray menu', () => {
  const actions = () => ({ open: vi.fn(), pauseToday: vi.fn(), resume: vi.fn(), quit: vi.fn() })

  it('offers open, the next reminders, pause for today and quit, in Japanese', () => {
    const a = actions()
    const menu = trayMenuTemplate(
      {
        lang: 'ja',
        pausedToday: false,
        upcoming: [{ label: '12/22 楽天 ライセンスキー', route: '/shops?credential=c1' }],
      },
      a,
    )
    const labels = menu.filter((m) => m.label).map((m) => m.label)
    expect(labels).toEqual([
      '休業準備ナビを開く',
      '次のお知らせ',
      '12/22 楽天 ライセンスキー',
      '今日は通知を止める',
      '終了',
    ])
    menu.find((m) => m.label === '12/22 楽天 ライセンスキー')!.click!({} as never, undefined, {} as never)
    expect(a.open).toHaveBeenCalledWith('/shops?credential=c1')
    menu.find((m) => m.label === '今日は通知を止める')!.click!({} as never, undefined, {} as never)
    expect(a.pauseToday).toHaveBeenCalled()
    menu.find((m) => m.label === '終了')!.click!({} as never, undefined, {} as never)
    expect(a.quit).toHaveBeenCalled()
  })

  it('says when nothing is planned and offers resume when paused, in English', () => {
    const menu = trayMenuTemplate({ lang: 'en', pausedToday: true, upcoming: [] }, actions())
    const labels = menu.filter((m) => m.label).map((m) => m.label)
    expect(labels).toContain('No reminders planned')
    expect(labels).toContain('Resume reminders')
    expect(labels).not.toContain('Pause reminders for today')
  })
})

/** A stand-in for Electron's Notification: records listeners, fires them on demand. */
function fakeNotifications() {
  const created: {
    options: NotificationConstructorOptions
    shown: boolean
    fire(event: string, ...a: unknown[]): void
  }[] = []
  const api = {
    isSupported: () => true,
    create: (options: NotificationConstructorOptions) => {
      const listeners = new Map<string, (...a: unknown[]) => void>()
      const record = {
        options,
        shown: false,
        fire: (event: string, ...a: unknown[]) => listeners.get(event)?.(...a),
      }
      created.push(record)
      const fake = {
        on: (event: string, listener: (...a: unknown[]) => void) => (listeners.set(event, listener), fake),
        show: () => void (record.shown = true),
      }
      return fake as unknown as NotificationLike
    },
  }
  return { api, created }
}

describe('OS notifications', () => {
  const request = {
    id: 'r1',
    title: '楽天:期限まであと7日',
    body: '12/25 までに更新してください',
    route: '/shops?credential=c1',
  }

  it('shows title and text and opens the window on the item when clicked', () => {
    const { api, created } = fakeNotifications()
    const hooks = { open: vi.fn(), failed: vi.fn() }
    const notifier = createOsNotifier(api, hooks, undefined, () => 5000)
    notifier.show(request)
    expect(created[0]).toMatchObject({
      options: { title: '楽天:期限まであと7日', body: '12/25 までに更新してください' },
      shown: true,
    })
    created[0]!.fire('click', {})
    expect(hooks.open).toHaveBeenCalledWith('/shops?credential=c1')
    expect(notifier.lastClickAt()).toBe(5000)
    expect(hooks.failed).not.toHaveBeenCalled()
  })

  it('hands a reminder the OS refused (unsigned macOS build: `failed`) to the app instead of losing it', () => {
    const { api, created } = fakeNotifications()
    const hooks = { open: vi.fn(), failed: vi.fn() }
    createOsNotifier(api, hooks).show(request)
    created[0]!.fire('failed', {}, 'Notifications are not allowed for this application')
    expect(hooks.failed).toHaveBeenCalledWith(request, 'Notifications are not allowed for this application')
  })

  it('hands the reminder to the app where notifications are not supported', () => {
    const create = vi.fn()
    const hooks = { open: vi.fn(), failed: vi.fn() }
    createOsNotifier({ isSupported: () => false, create }, hooks).show({
      id: 'x',
      title: 't',
      body: 'b',
      route: null,
    })
    expect(create).not.toHaveBeenCalled()
    expect(hooks.failed).toHaveBeenCalledWith(
      { id: 'x', title: 't', body: 'b', route: null },
      expect.any(String),
    )
  })
})

describe('Windows toast activation (Notification.handleActivation)', () => {
  function setup(lastClickAt: number) {
    const timers: (() => void)[] = []
    const open = vi.fn()
    const handler = toastActivationHandler({
      open,
      lastClickAt: () => lastClickAt,
      now: () => 10_000,
      later: (fn) => void timers.push(fn),
    })
    return { handler, open, flush: () => timers.forEach((t) => t()) }
  }

  it('opens the notification history for an Action Center click no live notification claims', () => {
    const { handler, open, flush } = setup(Number.NEGATIVE_INFINITY)
    handler({ type: 'click', arguments: '' } as Electron.ActivationArguments)
    flush()
    expect(open).toHaveBeenCalledWith(ACTIVATION_ROUTE)
  })

  it('leaves a click a live notification handled (with its exact route) alone, and ignores actions', () => {
    const { handler, open, flush } = setup(10_050)
    handler({ type: 'click', arguments: '' } as Electron.ActivationArguments)
    handler({ type: 'action', arguments: 'type=action&action=0&tag=x' } as Electron.ActivationArguments)
    flush()
    expect(open).not.toHaveBeenCalled()
  })
})
