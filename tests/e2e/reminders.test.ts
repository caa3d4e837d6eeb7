import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Shop } from '@shared/domain/types'
import type { ReminderSettingsView } from '@shared/ipc/reminders'
import type { CredentialView } from '@shared/ipc/shops'
import { openSession, screenshot } from './harness'

/*
 * Tuesday 2026-12-15, 08:59 in Japan. The shop keeps quiet from 21:00 to 09:00, sells on 楽天 with
 * a license key that expires on 12/31 (inside the 年末年始 closure 12/29–1/3). At 09:00 the held
 * reminders appear as toasts (the browser's stand-in for OS notifications), the 通知 screen lists
 * them, and a snooze moves one to later.
 */

let session: Awaited<ReturnType<typeof openSession>>
let page: Page
let credentialId = ''
let closureId = ''

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const r = await session.host.core.dispatch(channel, input)
  if (!r.ok) throw new Error(`${channel}: ${r.error.message.ja}`)
  return r.value as T
}

beforeAll(async () => {
  session = await openSession({ now: '2026-12-15T08:59', clockMode: 'fixed' })
  const view = await ok<ReminderSettingsView>('getReminderSettings', {})
  const { pausedUntil: _p, recommended: _r, kindsInUse: _k, ...editable } = view
  await ok('saveReminderSettings', { ...editable, quietHours: { start: '21:00', end: '09:00' } })
  closureId = (
    await ok<{ id: string }>('saveClosure', { name: '年末年始', start: '2026-12-29', end: '2027-01-03' })
  ).id
  const shop = await ok<Shop>('saveShop', {
    name: 'ひなた雑貨店',
    mallId: 'rakuten',
    active: true,
    deferredPaymentApps: [],
    notes: '',
  })
  const cred = await ok<CredentialView>('saveCredential', {
    shopId: shop.id,
    kindId: 'rakuten.licenseKey',
    label: '',
    issuedOn: null,
    expiresOn: '2026-12-31',
  })
  credentialId = cred.credential.id
})
afterAll(async () => {
  await session?.close()
})

describe('notifications in a real browser', () => {
  it('holds everything during quiet hours and lists what is coming, by day', async () => {
    expect(session.host.notifications).toEqual([])
    page = await session.newPage('/notifications?tab=upcoming')
    const upcoming = page.getByTestId('upcoming')
    await upcoming.getByText('これから30日間のお知らせ').waitFor()
    const today = upcoming.locator('[data-date="2026-12-15"]')
    await today.getByText('12月15日(火)').waitFor()
    await today.getByText('今日').waitFor()
    // Three reminders wait for the end of the quiet hours at 9:00.
    expect(await today.locator('.upcoming__item').count()).toBe(3)
    await today
      .getByText('楽天市場 ひなた雑貨店：ライセンスキーは休業中(12/29〜1/3)に期限が切れます')
      .waitFor()
    await today.getByText('楽天市場 ひなた雑貨店：ライセンスキーの期限まであと16日').waitFor()
    await today.getByText('年末年始(12/29〜1/3)まであと14日：期限の確認を').waitFor()
    expect(await today.locator('.upcoming__time').allInnerTexts()).toEqual(['9:00', '9:00', '9:00'])
    const later = upcoming.locator('[data-date="2026-12-17"]')
    await later.getByText('12月17日(木)').waitFor()
    await later.getByText('2日後').waitFor()
    await later.getByText('楽天市場 ひなた雑貨店：ライセンスキーの期限まであと14日').waitFor()
    await upcoming
      .locator('[data-date="2026-12-28"]')
      .getByText('今日は年末年始前の最終営業日です：最終チェック')
      .waitFor()
    await screenshot(page, 'notifications-upcoming')
  })

  it('at 9:00 the held reminders appear as toasts, once', async () => {
    session.host.clock.set('2026-12-15T09:00', 'fixed') // the host re-plans when its clock is set
    session.host.core.scheduler.replan('test') // and once more: nothing may come twice
    const toasts = page.getByTestId('toast')
    // One at a time, with a count of the rest: three reminders never cover the screen.
    await page.getByTestId('toast-more').getByText('ほか 2件').waitFor()
    expect(await toasts.count()).toBe(1)
    const seen: string[] = []
    for (let i = 0; i < 3; i++) {
      await toasts.first().waitFor()
      seen.push((await toasts.first().textContent()) ?? '')
      if (i === 0) await screenshot(page, 'notifications-toast')
      // Read: closed one by one, as the owner would; the next one takes its place.
      await toasts.first().getByRole('button', { name: '閉じる' }).click()
    }
    expect(seen.join('\n')).toContain(
      '楽天市場 ひなた雑貨店：ライセンスキーは休業中(12/29〜1/3)に期限が切れます',
    )
    expect(seen.join('\n')).toContain(
      '最終営業日(12/28)までに新しいものが使えるよう、12/25(金) までに更新してください',
    )
    expect(session.host.notifications.map((n) => n.route)).toEqual(
      expect.arrayContaining([`/shops?credential=${credentialId}`]),
    )
    expect(new Set(session.host.notifications.map((n) => n.id)).size).toBe(3)
    await toasts.first().waitFor({ state: 'detached' })
  })

  it('lists them in the history, and a snooze moves one to later', async () => {
    await page.getByTestId('tab-history').click()
    const active = page.getByTestId('history-active')
    await active.getByText('確認待ちのお知らせ').waitFor()
    const items = active.getByTestId('history-item')
    await items.nth(2).waitFor()
    expect(await items.count()).toBe(3)
    await active.getByText('12/15(火) 9:00 に通知').first().waitFor()
    const thirtyDay = `credentialExpiry:${credentialId}:2026-12-31:30`
    const item = active.locator(`[data-id="${thirtyDay}"]`)
    await item.getByText('楽天市場 ひなた雑貨店：ライセンスキーの期限まであと16日').waitFor()

    await item.getByRole('button', { name: '1時間後' }).click()
    await page
      .getByTestId('snooze-note')
      .getByText(
        '「楽天市場 ひなた雑貨店：ライセンスキーの期限まであと16日」は 12/15(火) 10:00 にもう一度お知らせします。',
      )
      .waitFor()
    await active.locator(`[data-id="${thirtyDay}"]`).waitFor({ state: 'detached' })
    expect(await items.count()).toBe(2)
    const past = page.getByTestId('history-past')
    await past.locator(`[data-id="${thirtyDay}"]`).getByText('12/15(火) 10:00 にもう一度通知します').waitFor()
    // Dismissed: done, never back.
    const month = `phaseMonthBefore:${closureId}:2026-12-29`
    await active.locator(`[data-id="${month}"]`).getByRole('button', { name: '確認済みにする' }).click()
    await past.locator(`[data-id="${month}"]`).getByText('確認済み').waitFor()
    await screenshot(page, 'notifications-history')

    await page.getByTestId('tab-upcoming').click()
    const snoozed = page.getByTestId('upcoming').locator(`[data-id="${thirtyDay}"]`)
    await snoozed.getByText('後でもう一度').waitFor()
    expect(await snoozed.locator('.upcoming__time').innerText()).toBe('10:00')
    expect(await snoozed.locator('xpath=ancestor::li[@data-date]').getAttribute('data-date')).toBe(
      '2026-12-15',
    )
  })

  it('brings the snoozed one back at 10:00, once, and a restart repeats nothing', async () => {
    const before = session.host.notifications.length
    session.host.clock.set('2026-12-15T10:00', 'fixed')
    expect(session.host.notifications.slice(before).map((n) => n.id)).toEqual([
      `credentialExpiry:${credentialId}:2026-12-31:30`,
    ])
    await page.close()
    await session.restartHost({ now: '2026-12-15T10:05' })
    expect(session.host.notifications).toEqual([])
  })

  it('shows the settings: thresholds per kind, the time, quiet hours and the desktop', async () => {
    page = await session.newPage('/notifications?tab=settings')
    const form = page.getByTestId('reminder-settings')
    await form.getByText('期限の何日前に知らせるか').waitFor()
    expect(await page.inputValue('#rem-notify-at')).toBe('09:00')
    expect(await page.getByTestId('quiet-on').isChecked()).toBe(true)
    expect(await page.inputValue('#rem-quiet-start')).toBe('21:00')
    expect(await page.inputValue('#rem-quiet-end')).toBe('09:00')
    const used = page.getByTestId('thresholds-used')
    await used.getByText('楽天市場').waitFor()
    await used.getByText('ライセンスキー').waitFor()
    expect(await page.getByTestId('days-rakuten.licenseKey').inputValue()).toBe('30, 14, 7, 3, 1, 0')
    await page
      .getByTestId('desktop-settings')
      .getByText('ウィンドウを閉じても、通知領域(トレイ)で動き続ける')
      .waitFor()
    expect(await page.getByTestId('keep-in-tray').isChecked()).toBe(true)

    // A typo is named next to its field and nothing is saved.
    await page.fill('#rem-days-rakuten\\.licenseKey', '30, 14, 七')
    await page.getByTestId('settings-save').click()
    await form.getByText('「七」は日数として読めません').waitFor()
    await page.fill('#rem-days-rakuten\\.licenseKey', '45, 30, 14, 7, 3, 1, 0')
    await page.getByTestId('settings-save').click()
    await page.getByTestId('settings-saved').waitFor()
    const saved = session.host.core.services.reminders.editable()
    expect(saved.thresholdsByKind['rakuten.licenseKey']).toEqual([45, 30, 14, 7, 3, 1, 0])

    await page.getByTestId('start-at-login').check()
    await page.getByTestId('desktop-settings').getByText('保存しました。').waitFor()
    expect(session.host.core.services.settings.desktop().startAtLogin).toBe(true)
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'notifications-settings')
  })
})
