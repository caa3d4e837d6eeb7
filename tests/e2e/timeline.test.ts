import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Closure, Shop } from '@shared/domain/types'
import type { CredentialView } from '@shared/ipc/shops'
import { openSession, screenshot, tidy } from './harness'

/*
 * The setup, walked through on the days that matter: a month ahead (11/29), a week and a
 * half ahead (12/18), the week before (12/22), during the closure (12/30), the reopening day
 * (1/4) and a week after (1/11). 楽天 licenseKey until 12/30, Yahoo! authorization until 12/29,
 * Amazon authorization until 2027-06-30, closure 2026-12-29 → 2027-01-03.
 */
let session: Awaited<ReturnType<typeof openSession>>
const ids: Record<string, string> = {}

async function dispatch<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await session.host.core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message.ja}`)
  return result.value as T
}

beforeAll(async () => {
  session = await openSession({ now: '2026-11-29T09:00', clockMode: 'fixed' })
  await dispatch<Closure>('saveClosure', { name: '年末年始', start: '2026-12-29', end: '2027-01-03' })
  const add = async (key: string, name: string, mallId: string, kindId: string, expiresOn: string) => {
    const shop = await dispatch<Shop>('saveShop', {
      name,
      mallId,
      active: true,
      deferredPaymentApps: mallId === 'rakuten' ? ['atobarai_com'] : [],
      notes: '',
    })
    const view = await dispatch<CredentialView>('saveCredential', {
      shopId: shop.id,
      kindId,
      label: '',
      issuedOn: null,
      expiresOn,
    })
    ids[key] = view.credential.id
  }
  await add('rakuten', 'ひなた雑貨店', 'rakuten', 'rakuten.licenseKey', '2026-12-30')
  await add('yahoo', 'ひなた雑貨店', 'yahoo', 'yahoo.authorization', '2026-12-29')
  await add('amazon', 'ひなた雑貨店', 'amazon', 'amazon.spApi', '2027-06-30')
})
afterAll(async () => {
  await session?.close()
})

const NO_CLOSURE = /休業期間(は|が)まだ登録されていません/

async function visit(day: string, route: string, ready: string): Promise<Page> {
  const page = await session.newPage(route)
  await page.getByTestId(ready).waitFor()
  await page.waitForLoadState('networkidle')
  await tidy(page)
  expect(await page.locator('body').innerText(), `${day} ${route}`).not.toMatch(NO_CLOSURE)
  return page
}

async function threeScreens(day: string, label: string) {
  session.host.clock.set(`${day}T09:30`, 'fixed')
  const dash = await visit(day, '/', 'plan-panel')
  await screenshot(dash, `timeline-${label}-dashboard`)
  const prep = await visit(day, '/prep', 'prep-step')
  await screenshot(prep, `timeline-${label}-prep`)
  const cal = await visit(day, '/calendar?tab=mail', 'mail-window')
  await screenshot(cal, `timeline-${label}-calendar`)
  // The other screens the timeline changed, on the same day.
  for (const [route, ready, name] of [
    ['/shops', 'view-shops', 'shops'],
    ['/notifications?tab=history', 'view-notifications', 'notifications'],
  ] as const) {
    const page = await visit(day, route, ready)
    await screenshot(page, `timeline-${label}-${name}`)
    await page.context().close()
  }
  return { dash, prep, cal }
}

const rowOf = (page: Page, key: string) =>
  page.locator(`[data-testid="action-item"][data-action="credential:${ids[key]}"]`)

describe('one timeline on every day that matters', () => {
  it('a month ahead (11/29): the closure counted down, the plan by do-by date', async () => {
    const { dash } = await threeScreens('2026-11-29', '1-month-before')
    expect(await dash.getByTestId('closure-card-status').innerText()).toBe('あと30日')
    expect(await rowOf(dash, 'rakuten').getByTestId('action-doby').innerText()).toBe('2026/12/25(金) までに')
  })

  it('12/18: 楽天 first (renew by 12/25), then Yahoo! (12/28); days count to the do-by date', async () => {
    const { dash, prep } = await threeScreens('2026-12-18', '2-dec18')
    const ids2 = await dash
      .getByTestId('action-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))
    const creds = ids2.filter((id) => id?.startsWith('credential:'))
    expect(creds.slice(0, 2)).toEqual([`credential:${ids.rakuten}`, `credential:${ids.yahoo}`])
    expect(await rowOf(dash, 'rakuten').getByTestId('action-badge').innerText()).toBe('あと7日')
    // The shops screen says the same.
    const shops = await visit('2026-12-18', `/shops`, 'view-shops')
    const r = shops.getByTestId(`credential-${ids.rakuten}`)
    expect(await r.getByTestId('credential-renew-by').innerText()).toBe('2026/12/25(金)')
    expect(await r.getByTestId('credential-days').innerText()).toBe('あと7日')
    await screenshot(shops, 'timeline-2-dec18-shops')
    expect(await prep.getByTestId('prep-step').getAttribute('data-step')).toMatch(
      /^(mall|carrier|deferred|credential|closure)\./,
    )
  })

  it('the week before (12/22) and during the closure (12/30): what has stopped is said', async () => {
    await threeScreens('2026-12-22', '3-week-before')
    const { dash } = await threeScreens('2026-12-30', '4-during')
    expect(await dash.getByTestId('closure-card-status').innerText()).toBe('休業中')
    const stopped = dash.getByTestId('closed-stopped')
    await stopped.locator(`[data-action="credential:${ids.yahoo}"]`).waitFor()
  })

  it('reopening day (1/4): the reopening checklist first, the expired Yahoo! authorization, the wizard on the reopening steps', async () => {
    const { dash, prep, cal } = await threeScreens('2027-01-04', '5-reopening')
    expect(await dash.getByTestId('view-dashboard').getAttribute('data-state')).toBe('reopening')
    const checklist = dash.getByTestId('reopening-checklist')
    await checklist.waitFor()
    const yahoo = checklist
      .getByTestId('reopening-expired')
      .locator(`[data-action="credential:${ids.yahoo}"]`)
    expect(await yahoo.getByTestId('action-badge').innerText()).toBe('期限を過ぎています')
    expect(await yahoo.innerText()).toContain('12/30 から止まっています')
    expect(await checklist.getByTestId('reopening-free-mail').innerText()).toContain('12/28')
    expect(
      await checklist.getByTestId('reopening-checks').getByTestId('action-item').count(),
    ).toBeGreaterThan(2)
    expect(await dash.getByTestId('closure-card').innerText()).toContain('今日から営業再開です')
    expect(await dash.getByTestId('shortcut-csv-hint').innerText()).toContain('今日は営業再開日です')
    // The wizard opens on the reopening steps, not on a month-before leftover.
    const step = await prep.getByTestId('prep-step').getAttribute('data-step')
    expect(step).toMatch(
      /^(reopen\.|mall\.holidayCalendarRestore|amazon\.leadTimeRestore|mail\.templatesRestore|deferredPayment\.stuckOrders)/,
    )
    // The calendar keeps the mail window of the closure just over.
    expect(await cal.getByTestId('mail-confirmation').innerText()).toContain('12/28')
  })

  it('a week after (1/11): still the year-end closure, in its follow-up days', async () => {
    const { dash } = await threeScreens('2027-01-11', '6-week-after')
    expect(await dash.getByTestId('closure-card').innerText()).toContain('営業再開から8日目')
    // The notices shortcut no longer calls it the reopening day.
    const hint = await dash.getByTestId('shortcut-csv-hint').innerText()
    expect(hint).toContain('休み明けの確認期間です')
    expect(hint).not.toContain('営業再開日')
  })
})

describe('the same days in English', () => {
  it('reopening day and the week before read in English', async () => {
    session.host.clock.set('2027-01-04T09:30', 'fixed')
    const page = await visit('2027-01-04', '/', 'reopening-checklist')
    await page.locator('.app-nav').getByTestId('lang-en').click()
    await page.getByTestId('reopening-checklist').getByText('Reopening checks').waitFor()
    expect(await page.getByTestId('closure-card').innerText()).toContain('Open again from today')
    await tidy(page)
    await screenshot(page, 'timeline-5-reopening-dashboard-en')
    session.host.clock.set('2026-12-22T09:30', 'fixed')
    await page.reload()
    await page.getByTestId('plan-panel').getByText('Do this first').waitFor()
    await tidy(page)
    await screenshot(page, 'timeline-3-week-before-dashboard-en')
    await page.locator('.app-nav').getByTestId('lang-ja').click()
  })
})
