import type { WebContents, WebPreferences } from 'electron'

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
const EXTERNAL_HOSTS = [
  'rms.rakuten.co.jp',
  'pro.store.yahoo.co.jp',
  'sellercentral.amazon.co.jp',
  'wowma.jp',
  'qsm.qoo10.jp',
  'www8.cao.go.jp',
]

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

/** Is this URL the app's own page (file:// in the app, the dev server in development)? */
export function isAppUrl(raw: string, devServerUrl: string | undefined): boolean {
  try {
    const url = new URL(raw)
    if (url.protocol === 'file:') return true
    return devServerUrl !== undefined && url.origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}

/**
 * Blocks every navigation away from the app and every new window. External https links of
 * the allow-list go to the user's browser instead.
 */
export function lockDownWebContents(
  contents: WebContents,
  openExternal: (url: string) => void,
  devServerUrl: string | undefined,
): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, devServerUrl)) return
    event.preventDefault()
    if (isSafeExternalUrl(url)) openExternal(url)
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
}
