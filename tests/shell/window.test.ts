import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ BrowserWindow: vi.fn(), shell: { openExternal: vi.fn() } }))
const { windowLocation } = await import('../../src/main/electron/window')
const { closeAction, quitWhenAllClosed } = await import('../../src/main/electron/lifecycle')
const { devUserDataPath } = await import('../../src/main/electron/paths')

describe('where a new window loads', () => {
  const html = '/app/out/renderer/index.html'

  it('puts the route in the hash, so the page starts on it', () => {
    expect(
      windowLocation({ rendererHtml: html, devServerUrl: undefined, route: '/shops?credential=c1' }),
    ).toEqual({
      file: html,
      hash: '/shops?credential=c1',
    })
    expect(windowLocation({ rendererHtml: html, devServerUrl: undefined })).toEqual({ file: html })
  })

  it('does the same on the dev server, and ignores a route that is not a path', () => {
    expect(
      windowLocation({
        rendererHtml: html,
        devServerUrl: 'http://localhost:5173',
        route: '/prep?closure=a&phase=weekBefore',
      }),
    ).toEqual({ url: 'http://localhost:5173/#/prep?closure=a&phase=weekBefore' })
    expect(
      windowLocation({ rendererHtml: html, devServerUrl: undefined, route: 'https://evil.example/' }),
    ).toEqual({
      file: html,
    })
  })
})

describe('closing', () => {
  it.each([
    [{ quitting: false, keepInTray: true, trayReady: true }, 'hide'],
    [{ quitting: false, keepInTray: false, trayReady: true }, 'close'],
    [{ quitting: true, keepInTray: true, trayReady: true }, 'close'],
    [{ quitting: false, keepInTray: true, trayReady: false }, 'close'],
  ] as const)('%o → %s', (state, action) => {
    expect(closeAction(state)).toBe(action)
  })

  it('quits after the last window unless the app is meant to stay in the tray', () => {
    expect(quitWhenAllClosed({ keepInTray: false, trayReady: true })).toBe(true)
    expect(quitWhenAllClosed({ keepInTray: true, trayReady: false })).toBe(true)
    expect(quitWhenAllClosed({ keepInTray: true, trayReady: true })).toBe(false)
  })
})

describe('development userData', () => {
  it('sits next to the installed one, once', () => {
    expect(devUserDataPath('/home/a/.config/holiday-prep')).toBe('/home/a/.config/holiday-prep-dev')
    expect(devUserDataPath('C:\\Users\\a\\AppData\\Roaming\\holiday-prep\\')).toBe(
      'C:\\Users\\a\\AppData\\Roaming\\holiday-prep-dev',
    )
    expect(devUserDataPath('/home/a/.config/holiday-prep-dev')).toBe('/home/a/.config/holiday-prep-dev')
  })
})
