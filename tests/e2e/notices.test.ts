import ICAL from 'ical.js'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Closure, Shop } from '@shared/domain/types'
import { generateOrders, ordersCsvText, shiftJis } from '../helpers/orderCsv'
import { openSession, screenshot, tidy } from './harness'

/*
 * Closure notices, the calendar file and the order-CSV check, clicked through in Chromium:
 * 年末年始 2026-12-29 → 2027-01-03 (last shipment Mon 12/28, cut-off Fri 12/25 12:00,
 * reopening Mon 1/4), a 楽天 shop and a Yahoo! shop.
 */
let session: Awaited<ReturnType<typeof openSession>>
let closure: Closure
let rakuten: Shop

async function dispatch<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await session.host.core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message.ja}`)
  return result.value as T
}

beforeAll(async () => {
  session = await openSession({ now: '2026-12-18T09:00', clockMode: 'fixed' })
  closure = await dispatch<Closure>('saveClosure', {
    name: '年末年始',
    start: '2026-12-29',
    end: '2027-01-03',
  })
  rakuten = await dispatch<Shop>('saveShop', {
    name: 'ひなた雑貨店',
    mallId: 'rakuten',
    active: true,
    deferredPaymentApps: [],
    notes: '',
  })
  await dispatch('saveCredential', {
    shopId: rakuten.id,
    kindId: 'rakuten.licenseKey',
    label: '',
    issuedOn: null,
    expiresOn: '2026-12-30',
  })
})
afterAll(async () => {
  await session?.close()
})

async function open(route: string, ready: string): Promise<Page> {
  const page = await session.newPage(route)
  await page.getByTestId(ready).first().waitFor()
  await page.waitForLoadState('networkidle')
  await tidy(page)
  return page
}

describe('closure notices in Chromium', () => {
  it('previewed with the real dates, copied (clipboard read back), edited per shop', async () => {
    const page = await open('/notices', 'notice-shopNotice')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    const card = page.getByTestId('notice-shopNotice')
    const text = await card.getByTestId('notice-text').innerText()
    expect(text).toContain('12月25日(金)12:00までにいただいたご注文は、12月28日(月)までに発送いたします。')
    expect(text).toContain('休業期間:2026年12月29日(火)〜2027年1月3日(日)')
    await screenshot(page, 'notices-texts-ja')

    await card.getByTestId('notice-copy-shopNotice').click()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text)

    // The mail addendum follows the chosen order day.
    const addendum = page.getByTestId('notice-mailAddendum')
    await addendum.getByTestId('notice-order-day').selectOption('2026-12-25')
    expect(await addendum.getByTestId('notice-text').innerText()).toContain(
      '12月25日(金)にいただいたご注文は、12月28日(月)(12:00以降のご注文は1月4日(月))に発送の予定です。',
    )

    // The 楽天 shop's own banner: saved for that shop only, preview while typing.
    await page.getByTestId('notices-scope').selectOption(rakuten.id)
    const banner = page.getByTestId('notice-banner')
    await expect.poll(() => banner.getByText(/RMS/).count()).toBeGreaterThan(0)
    await banner.getByTestId('notice-edit').click()
    await banner
      .getByTestId('notice-body')
      .fill('【{closureTitle}】{closureRange}はお休みです。再開は{reopening}です。')
    expect(await banner.getByTestId('notice-text').innerText()).toBe(
      '【年末年始休業】12月29日(火)〜1月3日(日)はお休みです。再開は1月4日(月)です。',
    )
    await screenshot(page, 'notices-edit-ja')
    await banner.getByTestId('notice-save').click()
    await expect.poll(() => banner.getByTestId('notice-origin').innerText()).toBe('直した文面')
    const common = await dispatch<{ templates: { id: string; origin: { ja: string } }[] }>(
      'getClosureNotices',
      {},
    )
    expect(common.templates.find((t) => t.id === 'banner')!.origin.ja).toBe('builtIn')

    await dispatch('setLanguage', { language: 'en' })
    const en = await open('/notices', 'notice-shopNotice')
    await en.getByTestId('notices-lang-en').check()
    expect(await en.getByTestId('notice-shopNotice').getByTestId('notice-text').innerText()).toContain(
      'Orders placed by 12:00 (Japan time) on Fri 25 Dec ship by Mon 28 Dec.',
    )
    await screenshot(en, 'notices-texts-en')
    await dispatch('setLanguage', { language: 'ja' })
  })

  it('the wizard’s mail step shows its notices inline, and the printout carries them', async () => {
    const page = await open(
      `/prep?closure=${closure.id}&phase=weekBefore&step=mail.templates`,
      'step-notices',
    )
    const inline = page.getByTestId('step-notices')
    await expect.poll(() => inline.getByTestId('notice-mailAddendum').count()).toBe(1)
    expect(await inline.getByTestId('notice-autoReply').count()).toBe(1)
    expect(await inline.getByTestId('notice-shopNotice').count()).toBe(0)
    await inline.scrollIntoViewIfNeeded()
    await screenshot(page, 'notices-wizard-ja')

    const print = await open(`/prep/print?closure=${closure.id}`, 'print-notices')
    expect(await print.getByTestId('print-notices').innerText()).toContain('12月25日(金)12:00までに')
    await screenshot(print, 'notices-print-ja')
  })

  it('the .ics downloads from the dashboard and the notifications screen, and parses back', async () => {
    const page = await open('/', 'notices-shortcut')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ics-export').click(),
    ])
    expect(download.suggestedFilename()).toBe('休業準備ナビ-年末年始-2026.ics')
    const content = readFileSync((await download.path())!, 'utf8')
    const events = new ICAL.Component(ICAL.parse(content))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
    const plan = session.host.core.services.timeline.plan()
    expect(events.length).toBeGreaterThanOrEqual(plan.actions.length + 5)
    for (const a of plan.actions) {
      expect(events.find((e) => e.uid.includes(a.id))?.startDate.toString(), a.id).toBe(a.doBy)
    }
    await expect.poll(() => page.getByTestId('ics-status').innerText()).toContain('ダウンロードしました')
    await page.getByTestId('notices-shortcut').scrollIntoViewIfNeeded()
    await screenshot(page, 'notices-dashboard-ja')

    const notifications = await open('/notifications', 'view-notifications')
    const [again] = await Promise.all([
      notifications.waitForEvent('download'),
      notifications.getByTestId('ics-export').click(),
    ])
    const uids = (text: string) =>
      new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents('vevent')
        .map((v) => String(v.getFirstPropertyValue('uid')))
        .sort()
    expect(uids(readFileSync((await again.path())!, 'utf8'))).toEqual(uids(content))
  })

  it('on reopening day, a Shift_JIS order CSV dropped lists the orders past the mail window', async () => {
    session.host.clock.set('2027-01-04T09:30', 'fixed')
    const dash = await open('/', 'shortcut-csv-hint')
    await dash.getByTestId('shortcut-csv').click()
    await dash.getByTestId('csv-drop').waitFor()
    await expect.poll(() => dash.getByTestId('csv-rule').innerText()).toContain('12月28日(月)')

    const orders = generateOrders(500, '2026-12-24', 11)
    const bytes = Buffer.from(shiftJis(ordersCsvText(orders)))
    // A real drop: the file travels in a DataTransfer, as from the file manager.
    const transfer = await dash.evaluateHandle(
      (data) => {
        const dt = new DataTransfer()
        dt.items.add(new File([new Uint8Array(data)], '受注CSV_20270104.csv', { type: 'text/csv' }))
        return dt
      },
      [...bytes],
    )
    await dash.getByTestId('csv-drop').dispatchEvent('drop', { dataTransfer: transfer })
    await dash.getByTestId('csv-found').waitFor()
    const expected = orders.filter((o) => o.date === '2026-12-28')
    expect(await dash.getByTestId('csv-found').innerText()).toBe(
      `自動メールが出なかった注文:${expected.length}件`,
    )
    expect(await dash.getByTestId('csv-read').innerText()).toContain('Shift_JIS')
    expect(await dash.getByTestId('csv-row').count()).toBe(expected.length)
    await dash.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await dash.getByTestId('csv-copy').click()
    const copied = await dash.evaluate(() => navigator.clipboard.readText())
    expect(copied.split('\n')).toHaveLength(expected.length + 1)
    await screenshot(dash, 'notices-csv-ja')

    // With the last import's time on 12/28, the orders placed before it drop out.
    await dash.getByTestId('csv-last-import').fill('17:00')
    const afterImport = expected.filter((o) => o.time.slice(0, 5) >= '17:00')
    await expect
      .poll(() => dash.getByTestId('csv-found').innerText())
      .toBe(`自動メールが出なかった注文:${afterImport.length}件`)
    await dash.getByTestId('csv-last-import').fill('')

    // Imported two days later, the window has passed for more days: the list grows.
    await dash.getByTestId('csv-resume').fill('2027-01-06')
    await expect
      .poll(() => dash.getByTestId('csv-found').innerText())
      .toBe(
        `自動メールが出なかった注文:${orders.filter((o) => o.date >= '2026-12-28' && o.date <= '2026-12-30').length}件`,
      )

    // A broken line is named.
    const broken = ordersCsvText(generateOrders(5, '2026-12-28', 2)).replace('\r\n100003,', '\r\n100003,x,')
    await dash.getByTestId('csv-file').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(broken),
    })
    await expect.poll(() => dash.getByTestId('csv-error').innerText()).toContain('6行目')

    await dispatch('setLanguage', { language: 'en' })
    const en = await open('/notices?tab=csv', 'csv-drop')
    await en
      .getByTestId('csv-file')
      .setInputFiles({ name: 'orders.csv', mimeType: 'text/csv', buffer: bytes })
    await en.getByTestId('csv-found').waitFor()
    await screenshot(en, 'notices-csv-en')
    await dispatch('setLanguage', { language: 'ja' })
  })
})
