import type { WebContents, WebPreferences } from 'electron'
import { pathToFileURL } from 'node:url'
import { externalLinkHosts } from '@shared/domain/facts'

/** The webPreferences of every window: the renderer gets no Node and no raw IPC. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  }
}

/** Hosts the app may open in the user's browser (help pages of the malls). */
// The malls' consoles and the cited sources: derived from the mall profiles and the fact
// sources (src/shared/domain/facts.ts), never a second list here.
const EXTERNAL_HOSTS = externalLinkHosts

export function isSafeExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    EXTERNAL_HOSTS.includes(url.hostname)
  )
}

/** The app's own page: the built renderer file, or the dev server in development. */
export interface AppPage {
  rendererHtml: string
  devServerUrl: string | undefined
}

function comparablePath(pathname: string, platform: NodeJS.Platform): string {
  const decoded = decodeURIComponent(pathname)
  return platform === 'win32' ? decoded.toLowerCase() : decoded
}

/**
 * Is this URL the app's own page? Only the one renderer file counts, whatever its hash or
 * query: any other file: URL (an HTML file dropped on the window, a path typed somewhere)
 * would otherwise get the preload API and pass the IPC sender check, revealSecret included.
 */
export function isAppUrl(raw: string, page: AppPage, platform: NodeJS.Platform = process.platform): boolean {
  try {
    const url = new URL(raw)
    if (url.protocol === 'file:') {
      if (url.host !== '' && url.host !== 'localhost') return false // a UNC share is never ours
      const own = pathToFileURL(page.rendererHtml)
      return comparablePath(url.pathname, platform) === comparablePath(own.pathname, platform)
    }
    return page.devServerUrl !== undefined && url.origin === new URL(page.devServerUrl).origin
  } catch {
    return false
  }
}

/**
 * Blocks every navigation away from the app and every new window. External https links of
 * the allow-list go to the user's browser instead. A file dropped on the window is a
 * navigation to its file: URL and is refused here like any other.
 */
export function lockDownWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  openExternal: (url: string) => void,
  page: AppPage,
): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, page)) return
    event.preventDefault()
    if (isSafeExternalUrl(url)) openExternal(url)
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, page)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
}
