import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Shop } from '@shared/domain/types'
import type { ReminderSettingsView } from '@shared/ipc/reminders'
import { makeTempDir } from '../helpers/tempDir'
import { openSession, screenshot } from './harness'

/*
 * The frame around the forms, tried the way a new shop owner would: a dismissed file picker,
 * three mistakes at once, a pasted 5000-character name, Esc, a change of screen, and the
 * reminders that arrive just after the closure is saved in the first-run setup.
 * Tuesday 2026-12-15, 08:59 in Japan; quiet hours until 09:00 hold the reminders back.
 */

let session: Awaited<ReturnType<typeof openSession>>
let page: Page
let files: ReturnType<typeof makeTempDir>

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const r = await session.host.core.dispatch(channel, input)
  if (!r.ok) throw new Error(`${channel}: ${r.error.message.ja}`)
  return r.value as T
}

const activeTestId = (p: Page) =>
  p.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null)

beforeAll(async () => {
  files = makeTempDir('hp-e2e-forms-')
  writeFileSync(join(files.path, 'a.crt'), '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n')
  session = await openSession({ now: '2026-12-15T08:59', clockMode: 'fixed' })
  const view = await ok<ReminderSettingsView>('getReminderSettings', {})
  const { pausedUntil: _p, recommended: _r, kindsInUse: _k, ...editable } = view
  await ok('saveReminderSettings', { ...editable, quietHours: { start: '21:00', end: '09:00' } })
  await ok<Shop>('saveShop', {
    name: 'ひなた雑貨店',
    mallId: 'yahoo',
    active: true,
    deferredPaymentApps: [],
    notes: '',
  })
  const rakuten = await ok<Shop>('saveShop', {
    name: 'ひなた雑貨店 楽天',
    mallId: 'rakuten',
    active: true,
    deferredPaymentApps: [],
    notes: '',
  })
  await ok('saveCredential', {
    shopId: rakuten.id,
    kindId: 'rakuten.licenseKey',
    label: '',
    issuedOn: null,
    expiresOn: '2026-12-31',
  })
  page = await session.newPage('/shops')
  await page.getByTestId('view-shops').waitFor()
})
afterAll(async () => {
  await session?.close()
  files?.remove()
})

describe('forms, dialogs and messages a shop owner never has to fight', () => {
  it('keeps the certificate dialog and what was typed when the file picker is dismissed', async () => {
    const card = page.locator('[data-shop]', { hasText: 'ひなた雑貨店' }).first()
    await card.getByTestId('shop-add-credential').click()
    const form = page.getByTestId('credential-form')
    await form.waitFor()
    await form.getByTestId('cf-show-legacy').check()
    await form.getByTestId('cf-kind').selectOption('yahoo.certificate')
    await form.getByTestId('cf-label').fill('本店の証明書')
    await form.getByTestId('cert-crt').setInputFiles(join(files.path, 'a.crt'))
    await form.getByText('a.crt').waitFor()
    // What Chromium does when the picker is closed without a file: `cancel` on the input, bubbling.
    await form
      .getByTestId('cert-key')
      .evaluate((el) => el.dispatchEvent(new Event('cancel', { bubbles: true })))
    await form
      .getByTestId('cert-crt')
      .evaluate((el) => el.dispatchEvent(new Event('cancel', { bubbles: true })))
    await page.waitForTimeout(200)
    expect(await form.isVisible()).toBe(true)
    expect(await form.getByTestId('cf-label').inputValue()).toBe('本店の証明書')
    await form.getByText('a.crt').waitFor()
    // Re-picking the same file keeps everything too.
    await form.getByTestId('cert-crt').setInputFiles(join(files.path, 'a.crt'))
    expect(await form.getByTestId('cf-label').inputValue()).toBe('本店の証明書')

    // Esc with typed input asks first; 入力を続ける keeps it, 破棄して閉じる closes.
    await page.keyboard.press('Escape')
    await form.getByTestId('dialog-discard').waitFor()
    await screenshot(page, 'forms-discard-question')
    await form.getByTestId('dialog-keep').click()
    expect(await form.getByTestId('cf-label').inputValue()).toBe('本店の証明書')
    await form.getByTestId('dialog-close').click()
    await form.getByTestId('dialog-discard-yes').click()
    await form.waitFor({ state: 'detached' })
    expect(await activeTestId(page)).toBe('shop-add-credential')
  })

  it('Esc closes an untouched dialog and gives the focus back to the button that opened it', async () => {
    await page.getByTestId('add-shop').focus()
    await page.keyboard.press('Enter')
    const form = page.getByTestId('shop-form')
    await form.waitFor()
    await page.keyboard.press('Escape')
    await form.waitFor({ state: 'detached' })
    expect(await activeTestId(page)).toBe('add-shop')
  })

  it('refuses a 5000-character shop name with the limit named, and keeps every character', async () => {
    await page.getByTestId('add-shop').click()
    const form = page.getByTestId('shop-form')
    await form.waitFor()
    const long = 'あ'.repeat(5000)
    await form.getByTestId('sf-name').fill(long)
    expect((await form.getByTestId('sf-name').inputValue()).length).toBe(5000)
    await form.getByText('5000 / 100文字').waitFor() // stated before saving
    await form.getByTestId('sf-save').click()
    await form.getByTestId('form-error').getByText('ショップ名は100文字までです(今 5000文字)').waitFor()
    expect(await form.getByTestId('sf-name').getAttribute('aria-invalid')).toBe('true')
    expect(await activeTestId(page)).toBe('sf-name')
    const described = (await form.getByTestId('sf-name').getAttribute('aria-describedby')) ?? ''
    expect(described.split(' ')).toContain('sf-name-error')
    await screenshot(page, 'forms-shop-name-too-long')
    const overview = await ok<{ shops: unknown[] }>('listShops', {})
    expect(overview.shops).toHaveLength(2)
    // Main refuses it too, naming the limit (for any caller that skips the form).
    const direct = await session.host.core.dispatch('saveShop', {
      name: long,
      mallId: 'rakuten',
      active: true,
      deferredPaymentApps: [],
      notes: '',
    })
    expect(direct.ok).toBe(false)
    if (!direct.ok) expect(direct.error.message.ja).toContain('100文字まで')
    await form.getByTestId('dialog-close').click()
    await form.getByTestId('dialog-discard-yes').click()
    await form.waitFor({ state: 'detached' })
  })

  it('shows three mistakes at once, each beside its field, and focuses the first', async () => {
    await page.goto(`${session.host.url}#/calendar?tab=closures`)
    const form = page.getByTestId('closure-form')
    await form.waitFor()
    await page.fill('#closure-name', '')
    await page.fill('#closure-start', '2027/02/30')
    await page.fill('#closure-end', 'あした')
    await page.getByTestId('closure-save').click()
    const errors = form.getByTestId('form-error')
    await errors.nth(2).waitFor()
    expect(await errors.count()).toBe(3)
    await form.getByText('休業の名前を入れてください').waitFor()
    await form.getByText('開始日の「2027/02/30」はカレンダーにない日付です').waitFor()
    await form.getByText('終了日の「あした」は日付として読めません').waitFor()
    for (const id of ['closure-name', 'closure-start', 'closure-end'])
      expect(await page.getAttribute(`#${id}`, 'aria-invalid')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('closure-name')
    await screenshot(page, 'forms-three-errors')

    // One date field everywhere: 12/29 and full-width digits read as dates, with the weekday.
    await page.fill('#closure-start', '１２/２９')
    await form.getByText('2026/12/29(火)').waitFor()
    await page.fill('#closure-end', '1/3')
    await form.getByText('2027/01/03(日)').waitFor()
  })

  it('opens a new screen at its top', async () => {
    await page.goto(`${session.host.url}#/notifications?tab=settings`)
    await page.getByTestId('view-notifications').waitFor()
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
    await page.getByTestId('nav-settings').click()
    await page.getByTestId('view-settings').waitFor()
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await page.evaluate(() => window.scrollTo(0, 200))
    await page.getByTestId('nav-notifications').click()
    await page.getByTestId('view-notifications').waitFor()
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
  })

  it('holds the reminders during the first-run setup and then shows one at a time', async () => {
    await page.goto(`${session.host.url}#/welcome`)
    await page.getByTestId('view-welcome').waitFor()
    await page.getByTestId('welcome-next').click()
    await page.getByTestId('welcome-next').click()
    await page.getByTestId('wz-preset-newYear').click()
    await page.getByTestId('wz-closure-save').click()
    await page.getByTestId('welcome-closure').getByText('年末年始').first().waitFor()
    session.host.clock.set('2026-12-15T09:00', 'fixed') // the held reminders come now
    await expect.poll(() => session.host.notifications.length).toBeGreaterThanOrEqual(2)
    await page.waitForTimeout(300)
    expect(await page.getByTestId('toast').count()).toBe(0)
    await page.getByTestId('welcome-next').click()
    await page.getByTestId('welcome-start').waitFor()
    await screenshot(page, 'forms-welcome-summary-no-toasts')
    expect(await page.getByTestId('toast').count()).toBe(0)

    await page.getByTestId('nav-dashboard').click()
    await page.getByTestId('view-dashboard').waitFor()
    await page.getByTestId('toast').waitFor()
    expect(await page.getByTestId('toast').count()).toBe(1)
    const rest = session.host.notifications.length - 1
    await page.getByTestId('toast-more').getByText(`ほか ${rest}件`).waitFor()
    await screenshot(page, 'forms-one-toast')
  })
})
