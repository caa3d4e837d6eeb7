import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startHost, type Host, type HostOptions } from '../../src/host/server'
import { testSecretStore } from '../helpers/keychain'
import { makeTempDir } from '../helpers/tempDir'

export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots')

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian's Chromium, headless, kept off the network and out of $HOME. */
export async function launchBrowser(profileDir: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`)
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=ja-JP',
    ],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(profileDir, 'config'),
      XDG_CACHE_HOME: join(profileDir, 'cache'),
      TZ: process.env.TZ ?? 'Asia/Tokyo',
    },
  })
}

/**
 * One e2e session: a temp data folder, the real keychain under a test service, a browser.
 * A new app opens on the first-run setup; sessions skip it unless `firstRun` is asked for.
 */
export async function openSession(options: Partial<HostOptions> & { firstRun?: boolean } = {}) {
  const { firstRun = false, ...hostOptions } = options
  const dir = makeTempDir('hp-e2e-')
  const secrets = testSecretStore()
  const browser = await launchBrowser(dir.path)
  const dataDir = join(dir.path, 'data')
  let host: Host = await startHost({ dataDir, secrets, recordResponses: true, ...hostOptions })
  if (!firstRun) await host.core.dispatch('completeOnboarding', { skipped: true })
  const pages: Page[] = []

  const session = {
    dataDir,
    secrets,
    get host() {
      return host
    },
    async newPage(route = '/'): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP' })
      const page = await context.newPage()
      page.on('pageerror', (error) => console.error('[page error]', error.message))
      await page.goto(host.url + (route === '/' ? '' : `#${route}`))
      pages.push(page)
      return page
    },
    /** Stops the host and starts a new one on the same data: an app restart. */
    async restartHost(extra: Partial<HostOptions> = {}) {
      await host.close()
      host = await startHost({ dataDir, secrets, recordResponses: true, ...hostOptions, ...extra })
    },
    async close() {
      await browser.close()
      await host.close()
      await secrets.cleanup()
      dir.remove()
    },
  }
  return session
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/**
 * For a screenshot a person reads: the reminder toasts closed (as a user would), the mouse out
 * of the way and the page scrolled to the top.
 */
export async function tidy(page: Page): Promise<void> {
  const close = page.getByTestId('toast').getByRole('button', { name: /^(閉じる|Close)$/ })
  while ((await close.count()) > 0) await close.first().click()
  await page.mouse.move(0, 0)
  await page.evaluate(() => window.scrollTo(0, 0))
}
