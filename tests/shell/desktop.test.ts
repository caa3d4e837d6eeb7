import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeTempDir } from '../helpers/tempDir'

vi.mock('electron', () => ({}))
const { applyStartAtLogin, AUTOSTART_FILE, HIDDEN_ARG } = await import('../../src/main/electron/loginItem')
const { trayMenuTemplate } = await import('../../src/main/electron/trayMenu')
const { createOsNotifier } = await import('../../src/main/electron/notifier')

let dir: ReturnType<typeof makeTempDir>
beforeEach(() => (dir = makeTempDir()))
afterEach(() => dir.remove())

describe('start at login', () => {
  it.each(['win32', 'darwin'] as const)('uses the login item on %s, opening hidden', (platform) => {
    const app = { setLoginItemSettings: vi.fn() }
    applyStartAtLogin(true, app, { platform, execPath: 'C:/App/holiday-prep.exe', configHome: dir.path })
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({
      openAtLogin: true,
      openAsHidden: true,
      args: [HIDDEN_ARG],
    })
    applyStartAtLogin(false, app, { platform, execPath: 'C:/App/holiday-prep.exe', configHome: dir.path })
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({
      openAtLogin: false,
      openAsHidden: false,
      args: [],
    })
    expect(existsSync(join(dir.path, 'autostart'))).toBe(false)
  })

  it('writes and removes an autostart .desktop file on Linux, preferring the AppImage path', () => {
    const app = { setLoginItemSettings: vi.fn() }
    const env = {
      platform: 'linux' as const,
      execPath: '/opt/x/holiday-prep',
      appImage: '/home/a/Apps/Holiday Prep.AppImage',
      configHome: dir.path,
    }
    applyStartAtLogin(true, app, env)
    const file = join(dir.path, 'autostart', AUTOSTART_FILE)
    const entry = readFileSync(file, 'utf8')
    expect(entry).toContain('[Desktop Entry]')
    expect(entry).toContain(`Exec="/home/a/Apps/Holiday Prep.AppImage" ${HIDDEN_ARG}`)
    expect(entry).toContain('Name=休業準備ナビ')
    applyStartAtLogin(false, app, env)
    expect(existsSync(file)).toBe(false)
    expect(app.setLoginItemSettings).not.toHaveBeenCalled()
  })
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

describe('OS notifications', () => {
  it('shows title and text and opens the window on the item when clicked', () => {
    const created: { options: { title?: string; body?: string }; click?: () => void; shown: boolean }[] = []
    const api = {
      isSupported: () => true,
      create: (options: { title?: string; body?: string }) => {
        const n = { options, shown: false, click: undefined as undefined | (() => void) }
        created.push(n)
        return { on: (_: 'click', l: () => void) => (n.click = l), show: () => (n.shown = true) }
      },
    }
    const open = vi.fn()
    const notifier = createOsNotifier(api, open)
    notifier.show({
      id: 'r1',
      title: '楽天:期限まであと7日',
      body: '12/25 までに更新してください',
      route: '/shops?credential=c1',
    })
    expect(created[0]).toMatchObject({
      options: { title: '楽天:期限まであと7日', body: '12/25 までに更新してください' },
      shown: true,
    })
    created[0]!.click!()
    expect(open).toHaveBeenCalledWith('/shops?credential=c1')
  })

  it('does nothing where notifications are not supported', () => {
    const create = vi.fn()
    createOsNotifier({ isSupported: () => false, create }, vi.fn()).show({
      id: 'x',
      title: 't',
      body: 'b',
      route: null,
    })
    expect(create).not.toHaveBeenCalled()
  })
})
