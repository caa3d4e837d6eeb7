import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSession, screenshot } from './harness'

let session: Awaited<ReturnType<typeof openSession>>
let page: Page

beforeAll(async () => {
  session = await openSession({ now: '2026-12-01T10:00' })
})
afterAll(async () => {
  await session?.close()
})

const closures = () => session.host.core.services.calendar.settings().closures
const settings = () => session.host.core.services.calendar.settings()

async function openTab(name: string) {
  await page.getByTestId(`tab-${name}`).click()
  await page.locator(`#cal-panel-${name}`).waitFor()
}

describe('the business calendar in a real browser', () => {
  it('invites the shop to register a closure from the dashboard', async () => {
    page = await session.newPage('/')
    const card = page.getByTestId('closure-card')
    await card.getByText('休業期間がまだ登録されていません').waitFor()
    await card.getByRole('link', { name: '休業期間を登録する' }).click()
    await page.getByTestId('closure-form').waitFor()
    expect(page.url()).toContain('#/calendar?tab=closures')
  })

  it('fills 年末年始 from the preset, refuses bad closures and keeps what was typed', async () => {
    const form = page.getByTestId('closure-form')
    await page.getByTestId('preset-newYear').click()
    expect(await page.inputValue('#closure-name')).toBe('年末年始')
    expect(await page.inputValue('#closure-start')).toBe('2026/12/29')
    expect(await page.inputValue('#closure-end')).toBe('2027/01/03')
    await form.getByText('6日間 ・ 最終出荷日 12/28 (月) ・ 休み明けの最初の出荷日 1/4 (月)').waitFor()

    // The last day before the first: refused next to the field, nothing saved, text kept.
    await page.fill('#closure-end', '2026/12/20')
    await page.getByTestId('closure-save').click()
    await form.getByTestId('form-error').getByText('終了日が開始日より前になっています').waitFor()
    expect(await page.inputValue('#closure-end')).toBe('2026/12/20')
    expect(await page.inputValue('#closure-name')).toBe('年末年始')
    expect(await page.getAttribute('#closure-end', 'aria-invalid')).toBe('true')
    expect(closures()).toEqual([])
    await screenshot(page, 'calendar-closure-error')

    // A day that does not exist.
    await page.fill('#closure-end', '2027/02/29')
    await page.getByTestId('closure-save').click()
    // Echoed as typed, with slashes: the same wording as every other date field.
    await form.getByText('終了日の「2027/02/29」はカレンダーにない日付です').waitFor()
    expect(closures()).toEqual([])

    await page.fill('#closure-end', '2027/01/03')
    await page.getByTestId('closure-save').click()
    await page.getByText('「年末年始」を保存しました。').waitFor()
    expect(closures()).toMatchObject([{ name: '年末年始', start: '2026-12-29', end: '2027-01-03' }])
    expect(await page.inputValue('#closure-name')).toBe('')

    // Overlapping the one just saved: the message names it.
    await page.fill('#closure-name', '冬季休業')
    await page.fill('#closure-start', '2026-12-25')
    await page.fill('#closure-end', '2026-12-30')
    await page.getByTestId('closure-save').click()
    await form.getByText('「年末年始」（2026/12/29〜2027/01/03）と期間が重なっています').waitFor()
    expect(closures()).toHaveLength(1)
    expect(await page.inputValue('#closure-start')).toBe('2026-12-25')
    await page.fill('#closure-name', '')
    await page.fill('#closure-start', '')
    await page.fill('#closure-end', '')

    const list = page.getByTestId('closure-list')
    await list.getByText('2026/12/29 (火) 〜 2027/01/03 (日)').waitFor()
    await list.getByText('次の休業').waitFor()
  })

  it('marks the closure, the holidays and the ship days in the month grid', async () => {
    await openTab('month')
    const grid = page.getByTestId('calendar-months')
    await grid.getByText('2026年12月 – 2027年1月').waitFor()
    for (const date of ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']) {
      expect(await grid.locator(`[data-date="${date}"]`).getAttribute('data-kind')).toBe('closure')
    }
    await expect(grid.locator('[data-date="2026-12-29"]').innerText()).resolves.toContain('年末年始')
    await expect(grid.locator('[data-date="2027-01-01"]').innerText()).resolves.toContain('元日')
    const seijin = grid.locator('[data-date="2027-01-11"]')
    expect(await seijin.getAttribute('data-kind')).toBe('holiday')
    await expect(seijin.innerText()).resolves.toContain('成人の日')
    expect(await seijin.getAttribute('title')).toBe('2027/01/11 (月) 休み: 成人の日')
    expect(await grid.locator('[data-date="2026-12-26"]').getAttribute('data-kind')).toBe('weekend')
    expect(await grid.locator('[data-date="2026-12-28"]').getAttribute('data-kind')).toBe('business')
    await expect(grid.locator('[data-date="2026-12-28"]').innerText()).resolves.toContain('最終出荷')
    await expect(grid.locator('[data-date="2027-01-04"]').innerText()).resolves.toContain('出荷再開')
    await grid.getByText('色と印の見方').waitFor()

    const summary = page.getByTestId('closure-summary')
    await summary.getByText('あと28日').waitFor()
    expect(await page.getByTestId('summary-last-ship').innerText()).toBe('2026/12/28 (月)')
    expect(await page.getByTestId('summary-first-ship').innerText()).toBe('2027/01/04 (月)')
    await screenshot(page, 'calendar-month')

    await page.getByTestId('month-next').click()
    await grid.getByText('2027年1月 – 2027年2月').waitFor()
    await page.getByTestId('month-prev').click()
    await grid.getByText('2026年12月 – 2027年1月').waitFor()
  })

  it('refuses a negative lead time, then saves lead time 0', async () => {
    await openTab('settings')
    const form = page.getByTestId('calendar-settings')
    expect(await page.getByTestId('weekday-6').getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByTestId('weekday-0').getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByTestId('weekday-1').getAttribute('aria-pressed')).toBe('false')
    expect(await page.inputValue('#cal-cutoff')).toBe('12:00')

    await page.fill('#cal-lead', '-1')
    await page.getByTestId('settings-save').click()
    await form.getByText('発送までの営業日数は 0〜30 の整数で入れてください').waitFor()
    expect(await page.inputValue('#cal-lead')).toBe('-1')
    expect(settings().leadTimeDays).toBe(1)

    await page.fill('#cal-lead', '400')
    await page.getByTestId('settings-save').click()
    await page.getByTestId('lead-error').waitFor()
    expect(settings().leadTimeDays).toBe(1)

    await page.fill('#cal-lead', '0')
    // Extra days: a Saturday opened, a Thursday closed; a day that does not exist is refused.
    await page.fill('#extra-open-input', '2027/02/29')
    await page.getByTestId('extra-open').getByRole('button', { name: '追加' }).click()
    // The one wording of every date field: shaped like a date, but not a real one.
    await page.getByTestId('extra-open').getByText('日付の「2027/02/29」はカレンダーにない日付です').waitFor()
    await page.fill('#extra-open-input', '2026/12/26')
    await page.getByTestId('extra-open').getByRole('button', { name: '追加' }).click()
    await page.fill('#extra-off-input', '2026-12-24')
    await page.keyboard.press('Enter')
    await page.getByTestId('extra-off').getByText('2026/12/24 (木)').waitFor()
    await form.getByText('まだ保存していない変更があります。').waitFor()
    await page.getByTestId('settings-save').click()
    await form.getByText('保存しました。').waitFor()
    expect(settings()).toMatchObject({
      leadTimeDays: 0,
      cutoffTime: '12:00',
      weeklyOff: [0, 6],
      extraBusinessDays: ['2026-12-26'],
      extraNonBusinessDays: ['2026-12-24'],
    })
    await screenshot(page, 'calendar-settings')

    await openTab('month')
    const grid = page.getByTestId('calendar-months')
    expect(await grid.locator('[data-date="2026-12-26"]').getAttribute('data-kind')).toBe('extraOpen')
    await expect(grid.locator('[data-date="2026-12-26"]').innerText()).resolves.toContain('臨時営業')
    expect(await grid.locator('[data-date="2026-12-24"]').getAttribute('data-kind')).toBe('extraOff')
    await expect(grid.locator('[data-date="2026-12-24"]').innerText()).resolves.toContain('臨時休業')
    await screenshot(page, 'calendar-month-extra-days')

    // Back to plain 土日 for what follows.
    await openTab('settings')
    await page.getByRole('button', { name: '2026/12/26 (土) を外す' }).click()
    await page.getByRole('button', { name: '2026/12/24 (木) を外す' }).click()
    await page.getByTestId('settings-save').click()
    await form.getByText('保存しました。').waitFor()
    expect(settings()).toMatchObject({ extraBusinessDays: [], extraNonBusinessDays: [], leadTimeDays: 0 })
  })

  it('computes the ship date of an order after the cut-off before the closure', async () => {
    await openTab('ship')
    expect(await page.inputValue('#ship-lead')).toBe('0')
    await page.fill('#ship-date', '2026/12/28')
    await page.fill('#ship-time', '15:00')
    const result = page.getByTestId('ship-result')
    await result.getByText('12/28 15:00 の注文 → 出荷予定日 2027/01/04 (月)').waitFor()
    await page
      .getByText('締め時刻 12:00 を過ぎた注文なので、次の営業日 1/4 (月) に受注処理します。')
      .waitFor()

    await page.fill('#ship-time', '11:59')
    await result.getByText('12/28 11:59 の注文 → 出荷予定日 2026/12/28 (月)').waitFor()
    await page.fill('#ship-time', '15:00')
    await result.getByText('→ 出荷予定日 2027/01/04 (月)').waitFor()
    await page.getByTestId('ship-around').getByText('休業前後の注文と出荷予定日（年末年始）').waitFor()
    await screenshot(page, 'calendar-ship-date')
  })

  it('lists the order dates that will need a free-form mail', async () => {
    await openTab('mail')
    const panel = page.getByTestId('mail-window')
    expect(await page.inputValue('#mail-resume')).toBe('2027/01/04')
    const dates = (id: string) =>
      page
        .getByTestId(id)
        .locator('li[data-date]')
        .evaluateAll((li) => li.map((x) => x.getAttribute('data-date')))
    expect(await dates('mail-confirmation')).toEqual(['2026-12-28'])
    expect(await dates('mail-shipping')).toEqual(['2026-12-28'])
    await panel
      .getByText('12/28 の最終取込のあとに入った注文には、受注確認メールが自動で作られません。')
      .waitFor()

    // A later restart of imports makes more orders late.
    await page.fill('#mail-resume', '2027/01/05')
    await expect.poll(() => dates('mail-confirmation')).toEqual(['2026-12-28', '2026-12-29'])
    await page.fill('#mail-resume', '2027/01/04')
    await expect.poll(() => dates('mail-confirmation')).toEqual(['2026-12-28'])
    await screenshot(page, 'calendar-mail-window')
  })

  it('exports the closed days of a range as a list, a CSV and the closure period', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await openTab('export')
    // The default range: the month before the closure to the month after it.
    expect(await page.inputValue('#export-from')).toBe('2026/11/01')
    expect(await page.inputValue('#export-to')).toBe('2027/02/28')

    await page.fill('#export-from', '2026/12/26')
    await page.fill('#export-to', '2027/01/11')
    const expected =
      '2026/12/26\n2026/12/27\n2026/12/29\n2026/12/30\n2026/12/31\n2027/01/01\n' +
      '2027/01/02\n2027/01/03\n2027/01/09\n2027/01/10\n2027/01/11\n'
    await expect.poll(() => page.getByTestId('export-list-text').inputValue()).toBe(expected)
    await page.getByTestId('export-count').getByText('この範囲の休み: 11日').waitFor()
    // A textarea shows CRLF line ends as LF; the file keeps CRLF (below).
    const csv = await page.getByTestId('export-csv-text').inputValue()
    expect(csv.split('\n').slice(0, 3)).toEqual([
      '日付,曜日,理由',
      '2026/12/26,土,定休日',
      '2026/12/27,日,定休日',
    ])
    expect(csv).toContain('2027/01/01,金,年末年始 / 元日\n')

    const periods = page.getByTestId('export-periods')
    await periods.getByText('年末年始').waitFor()
    await periods.getByText('2026/12/29', { exact: true }).waitFor()
    await periods.getByText('2027/01/03', { exact: true }).waitFor()

    // Copy: the clipboard holds exactly the list.
    await page.getByTestId('export-list').getByRole('button', { name: 'コピー' }).click()
    await page.getByTestId('export-list').getByRole('button', { name: 'コピーしました' }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected)

    // Save: the browser host has no save dialog, so the page offers a download link.
    await page.getByTestId('save-list').click()
    const link = page.getByTestId('save-list-link')
    await link.waitFor()
    expect(await link.getAttribute('download')).toBe('休業日_20261226-20270111.txt')
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(readFileSync(await download.path(), 'utf8')).toBe(expected)

    await page.getByTestId('save-csv').click()
    const csvLink = page.getByTestId('save-csv-link')
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), csvLink.click()])
    const bytes = readFileSync(await csvDownload.path())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toBe('\uFEFF' + csv.replaceAll('\n', '\r\n'))

    // A reversed range says so and offers nothing to copy.
    await page.fill('#export-to', '2026/12/01')
    await page.getByTestId('export').getByText('最後の日が最初の日より前になっています。').waitFor()
    expect(await page.getByTestId('export-list-text').count()).toBe(0)
    await page.fill('#export-to', '2027/01/11')
    await page.getByTestId('export-list-text').waitFor()
    await screenshot(page, 'calendar-export')
  })

  it('shows the next closure on the dashboard', async () => {
    const dash = await session.newPage('/')
    const card = dash.getByTestId('closure-card')
    await card.getByText('年末年始').waitFor()
    expect(await dash.getByTestId('closure-card-status').innerText()).toBe('あと28日')
    await card.getByText('2026/12/29 (火) 〜 2027/01/03 (日)').waitFor()
    expect(await dash.getByTestId('closure-card-last-ship').innerText()).toBe('2026/12/28 (月)')
    expect(await dash.getByTestId('closure-card-first-ship').innerText()).toBe('2027/01/04 (月)')
    await screenshot(dash, 'dashboard-closure')
    await card.getByRole('link', { name: '営業カレンダー' }).click()
    await dash.getByTestId('calendar-months').waitFor()
  })

  it('says 休業中 on the dashboard while the shop is closed', async () => {
    session.host.clock.set('2026-12-30T09:00', 'fixed')
    const dash = await session.newPage('/')
    await dash.getByTestId('closure-card').getByText('年末年始').waitFor()
    expect(await dash.getByTestId('closure-card-status').innerText()).toBe('休業中')
    session.host.clock.set('2026-12-01T10:00')
  })

  it('reads in English too', async () => {
    const en = await session.newPage('/calendar')
    await en.locator('.app-nav').getByTestId('lang-en').click()
    const grid = en.getByTestId('calendar-months')
    await grid.getByText('December 2026 – January 2027').waitFor()
    expect(await grid.locator('[data-date="2027-01-11"]').getAttribute('title')).toBe(
      '2027/01/11 (Mon) closed: Coming of Age Day',
    )
    await en.getByTestId('closure-summary').getByText('28 days to go').waitFor()
    await screenshot(en, 'calendar-month-en')
    await en.getByTestId('tab-closures').click()
    await en.fill('#closure-name', 'Winter')
    await en.fill('#closure-start', '2027/01/05')
    await en.fill('#closure-end', '2027/01/04')
    await en.getByTestId('closure-save').click()
    await en.getByTestId('closure-form').getByText('The last day is before the first day').waitFor()
    await en.locator('.app-nav').getByTestId('lang-ja').click()
    await en.getByText('ショップと認証情報').waitFor()
  })
})
