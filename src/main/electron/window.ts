import { BrowserWindow, shell } from 'electron'
import { lockDownWebContents, secureWebPreferences } from './security'

export interface WindowOptions {
  preload: string
  rendererHtml: string
  icon: string
  devServerUrl: string | undefined
  title: string
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1180,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: options.title,
    icon: options.icon,
    backgroundColor: '#f7f6f2',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preload),
  })
  lockDownWebContents(win.webContents, (url) => void shell.openExternal(url), options.devServerUrl)
  win.once('ready-to-show', () => win.show())
  if (options.devServerUrl) void win.loadURL(options.devServerUrl)
  else void win.loadFile(options.rendererHtml)
  return win
}

/** Brings the window to the front, optionally on a route (a notification's item). */
export function focusWindow(win: BrowserWindow, route?: string): void {
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
  if (route) win.webContents.send('hp:event', { type: 'navigate', route })
}
