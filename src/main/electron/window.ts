import { BrowserWindow, shell } from 'electron'
import { eventChannel } from '@shared/ipc'
import { diagnostics } from './diagnostics'
import { lockDownWebContents, secureWebPreferences } from './security'

export interface WindowOptions {
  preload: string
  rendererHtml: string
  icon: string
  devServerUrl: string | undefined
  title: string
  /** The route to open on ('/shops?credential=…'), e.g. from a notification click. */
  route?: string
}

/**
 * Where a new window loads: the route travels in the hash (the router uses hash history), so
 * the page starts on it. A 'navigate' event sent after did-finish-load would arrive before
 * App.vue subscribes in onMounted and be dropped.
 */
export function windowLocation(
  options: Pick<WindowOptions, 'rendererHtml' | 'devServerUrl' | 'route'>,
): { file: string; hash?: string } | { url: string } {
  const route = options.route && options.route.startsWith('/') ? options.route : undefined
  if (options.devServerUrl) {
    const url = new URL(options.devServerUrl)
    if (route) url.hash = route
    return { url: url.href }
  }
  return route ? { file: options.rendererHtml, hash: route } : { file: options.rendererHtml }
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const webPreferences = secureWebPreferences(options.preload)
  diagnostics.webPreferences = webPreferences
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
    webPreferences,
  })
  lockDownWebContents(win.webContents, (url) => void shell.openExternal(url), options)
  win.once('ready-to-show', () => win.show())
  const location = windowLocation(options)
  if ('url' in location) void win.loadURL(location.url)
  else if (location.hash) void win.loadFile(location.file, { hash: location.hash })
  else void win.loadFile(location.file)
  return win
}

/** Brings an open window to the front, optionally on a route (its page is already listening). */
export function focusWindow(win: BrowserWindow, route?: string): void {
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
  if (route) win.webContents.send(eventChannel, { type: 'navigate', route })
}
