import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ BrowserWindow: vi.fn(), shell: { openExternal: vi.fn() } }))

const { isAppUrl, isSafeExternalUrl, lockDownWebContents, secureWebPreferences } =
  await import('../../src/main/electron/security')

type Listener = (event: { preventDefault(): void }, url: string) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((d: { url: string }) => { action: string }) | null = null
  return {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => (openHandler = h),
    fire(name: string, url: string) {
      const event = {
        prevented: false,
        preventDefault() {
          this.prevented = true
        },
      }
      listeners.get(name)?.(event, url)
      return event.prevented
    },
    open: (url: string) => openHandler?.({ url }),
  }
}

const page = { rendererHtml: '/app/out/renderer/index.html', devServerUrl: undefined }

describe('Electron security settings', () => {
  it('isolates the renderer: context isolation, sandbox, no Node', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs')
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })

  it('blocks navigation away from the app and opens only allowed https links outside', () => {
    const contents = fakeContents()
    const opened: string[] = []
    lockDownWebContents(contents as never, (url) => opened.push(url), page)
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true)
    expect(contents.fire('will-navigate', 'https://rms.rakuten.co.jp/')).toBe(true)
    expect(contents.fire('will-navigate', 'file:///app/out/renderer/index.html#/shops')).toBe(false)
    expect(opened).toEqual(['https://rms.rakuten.co.jp/'])
  })

  it('denies every new window', () => {
    const contents = fakeContents()
    const opened: string[] = []
    lockDownWebContents(contents as never, (url) => opened.push(url), page)
    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' })
    expect(contents.open('http://rms.rakuten.co.jp/')).toEqual({ action: 'deny' })
    expect(contents.open('https://sellercentral.amazon.co.jp/')).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://sellercentral.amazon.co.jp/'])
  })

  it.each([
    ['https://rms.rakuten.co.jp/x', true],
    ['http://rms.rakuten.co.jp/x', false],
    ['https://user:pw@rms.rakuten.co.jp/', false],
    ['https://rms.rakuten.co.jp.evil.example/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('external link %s allowed: %s', (url, ok) => {
    expect(isSafeExternalUrl(url)).toBe(ok)
  })

  it('knows its own pages', () => {
    expect(isAppUrl('file:///app/out/renderer/index.html', page)).toBe(true)
    expect(isAppUrl('file:///app/out/renderer/index.html#/shops?credential=c1', page)).toBe(true)
    const dev = { rendererHtml: page.rendererHtml, devServerUrl: 'http://localhost:5173' }
    expect(isAppUrl('http://localhost:5173/#/', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/', page)).toBe(false)
  })

  it.each([
    'file:///home/shop/Downloads/dropped.html',
    'file:///app/out/renderer/other.html',
    'file:///app/out/renderer/index.html/../../../evil.html',
    'file://server/share/app/out/renderer/index.html',
    'file:///etc/passwd',
  ])('trusts no other file: URL (%s): it would get the preload API and pass the sender check', (url) => {
    expect(isAppUrl(url, page)).toBe(false)
  })

  it('matches the renderer file across percent-encoding and, on Windows, letter case', () => {
    const jp = { rendererHtml: '/Users/山田/app/out/renderer/index.html', devServerUrl: undefined }
    expect(isAppUrl('file:///Users/%E5%B1%B1%E7%94%B0/app/out/renderer/index.html', jp)).toBe(true)
    expect(isAppUrl('file:///USERS/%E5%B1%B1%E7%94%B0/app/out/renderer/index.html', jp, 'win32')).toBe(true)
    expect(isAppUrl('file:///USERS/%E5%B1%B1%E7%94%B0/app/out/renderer/index.html', jp, 'linux')).toBe(false)
  })

  it('refuses a dropped HTML file: dropping it on the window navigates to it', () => {
    const contents = fakeContents()
    lockDownWebContents(contents as never, () => undefined, page)
    expect(contents.fire('will-navigate', 'file:///home/shop/Downloads/dropped.html')).toBe(true)
    expect(contents.fire('will-redirect', 'file:///home/shop/Downloads/dropped.html')).toBe(true)
    expect(contents.fire('will-navigate', 'file:///app/out/renderer/index.html#/')).toBe(false)
  })
})

describe('external links follow the mall profiles', () => {
  it('allows every host the profiles and fact sources name, and nothing else', async () => {
    const { externalLinkHosts } = await import('@shared/domain/facts')
    const { isSafeExternalUrl } = await import('../../src/main/electron/security')
    expect(externalLinkHosts).toContain('rms.rakuten.co.jp')
    for (const host of externalLinkHosts) expect(isSafeExternalUrl(`https://${host}/x`), host).toBe(true)
    expect(isSafeExternalUrl('https://example.com/')).toBe(false)
  })
})
