import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSession, screenshot } from './harness'

let session: Awaited<ReturnType<typeof openSession>>
beforeAll(async () => {
  session = await openSession()
})
afterAll(async () => {
  await session?.close()
})

describe('app shell in a real browser', () => {
  it('shows the Japanese frame with every section and an honest empty state', async () => {
    const page = await session.newPage()
    await page.getByTestId('view-dashboard').waitFor()
    for (const label of ['ダッシュボード', 'ショップと認証情報', '営業カレンダー', '休業準備', '通知']) {
      await expect(page.locator('.app-nav').getByText(label, { exact: true }).count()).resolves.toBe(1)
    }
    for (const key of ['shops', 'calendar', 'prep', 'notifications']) {
      await page.getByTestId(`nav-${key}`).click()
      await page.getByTestId(`view-${key}`).waitFor()
    }
    await page.getByTestId('nav-dashboard').click()
    await page.getByTestId('view-dashboard').waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('ja')
    await screenshot(page, 'shell-ja')
  })

  it('opens the dashboard asking main for each thing once, from the start', async () => {
    const page = await session.newPage()
    await page.getByTestId('view-dashboard').waitFor()
    const asked: string[] = []
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname
      if (path.startsWith('/api/')) asked.push(path.slice('/api/'.length))
    })
    await page.reload()
    await page.getByTestId('urgency-add').waitFor()
    await page.getByTestId('closure-card').waitFor()
    expect(asked).toEqual(expect.arrayContaining(['getSettings', 'getOnboarding', 'getDashboard']))
    // The dashboard's panels all read the one answer: nothing else is asked for its data.
    for (const name of ['credentialUrgency', 'getCalendar', 'getPrepReadiness', 'getPrepRun'])
      expect(asked).not.toContain(name)
    expect(asked.filter((name, i) => asked.indexOf(name) !== i)).toEqual([])
  })

  it('switches to English, and English survives a restart of the app', async () => {
    const page = await session.newPage()
    await page.locator('.app-nav').getByTestId('lang-en').click()
    await page.getByText('Shops & credentials').waitFor()
    await screenshot(page, 'shell-en')
    await page.context().close()

    await session.restartHost()
    const again = await session.newPage('/settings')
    await again.getByTestId('view-settings').waitFor()
    await again.getByText('Shops & credentials').waitFor()
    expect(await again.locator('html').getAttribute('lang')).toBe('en')
    await again.getByText('The place for keys (the OS keychain) works').waitFor()
    // The window's title follows the language (Electron shows the page's title).
    expect(await again.title()).toBe('Holiday Prep')
    await screenshot(again, 'settings-en')
    // Back to Japanese for the screens that follow.
    await again.locator('.app-nav').getByTestId('lang-ja').click()
    await again.getByText('ショップと認証情報').waitFor()
  })

  it('refuses API calls without the token or from another host name', async () => {
    const base = new URL(session.host.url)
    const noToken = await fetch(`${base.origin}/api/getSettings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(noToken.status).toBe(401)
    // fetch() cannot forge a Host header; a raw request can, as a rebinding page would.
    const status = await new Promise<number>((resolve, reject) => {
      request(
        { host: '127.0.0.1', port: base.port, path: '/', headers: { host: `evil.example:${base.port}` } },
        (res) => resolve(res.statusCode ?? 0),
      )
        .on('error', reject)
        .end()
    })
    expect(status).toBe(421)
  })
})
