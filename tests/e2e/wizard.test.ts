import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ShopView } from '@shared/ipc/shops'
import type { PrepRunView } from '@shared/ipc/wizard'
import { openSession, screenshot } from './harness'

// A new app on Mon 2026-12-21 09:00 (Japan): the first-run setup, then the year-end closure
// 2026-12-29 → 2027-01-03 prepared phase by phase, with the clock moved to the last business
// day (Mon 12/28) and to the first day back (Mon 1/4).
const NEW_KEY = 'SLKwizard0123456789abcdefXY34'

let session: Awaited<ReturnType<typeof openSession>>
let page: Page

beforeAll(async () => {
  session = await openSession({ now: '2026-12-21T09:00', firstRun: true })
})
afterAll(async () => {
  await session?.close()
})

async function run(): Promise<PrepRunView> {
  const result = await session.host.core.dispatch('getPrepRun', {})
  if (!result.ok || !result.value) throw new Error('no run')
  return result.value as PrepRunView
}

const stepState = async (key: string) => (await run()).steps.find((s) => s.key === key)!.state
const currentStep = () => page.getByTestId('prep-step')

async function waitForStep(key: string) {
  await page.locator(`[data-testid="prep-step"][data-step="${key}"]`).waitFor()
}

async function jumpTo(key: string) {
  await page.locator(`[data-testid="jump-item"][data-key="${key}"]`).click()
  await waitForStep(key)
}

async function markDone(key: string) {
  await waitForStep(key)
  await currentStep().getByTestId('step-done').click()
  await expect.poll(() => stepState(key)).toBe('done')
}

async function skipWith(key: string, reason: string) {
  await waitForStep(key)
  await currentStep().getByTestId('step-skip').click()
  await page.getByTestId('skip-reason').fill(reason)
  await page.getByTestId('skip-confirm').click()
  await expect.poll(() => stepState(key)).toBe('skipped')
}

/**
 * For a screenshot a person reads: the reminder toasts closed (as a user would), the mouse out
 * of the way and the page scrolled to the top.
 */
async function top(p: Page) {
  const close = p.getByTestId('toast').getByRole('button', { name: /^(閉じる|Close)$/ })
  while ((await close.count()) > 0) await close.first().click()
  await p.mouse.move(0, 0)
  await p.evaluate(() => window.scrollTo(0, 0))
}

async function addShop(
  name: string,
  mall: string,
  credential: (form: Page) => Promise<void>,
  apps: string[] = [],
) {
  const form = page.getByTestId('welcome-shop-form')
  await form.getByTestId('wl-name').fill(name)
  await form.getByTestId('wl-mall').selectOption(mall)
  for (const app of apps) await form.getByTestId(`wl-app-${app}`).check()
  await credential(page)
  await form.getByTestId('wl-add').click()
  await page.getByTestId('welcome-shop-list').locator(`[data-shop="${name}"]`).waitFor()
}

describe('the preparation wizard in a real browser', () => {
  it('opens the first-run setup on a new app: language, three shops with a credential each, the closure', async () => {
    page = await session.newPage('/')
    await page.getByTestId('view-welcome').waitFor()
    expect(page.url()).toContain('#/welcome')

    // Language: English and back to Japanese.
    await page.getByTestId('welcome-lang-en').click()
    await page.getByText('Welcome to Holiday Prep').waitFor()
    await page.getByTestId('welcome-lang-ja').click()
    await page.getByText('ようこそ、休業準備ナビへ').waitFor()
    await page.getByTestId('welcome-next').click()

    // Shops: 楽天 with a license key ending during the closure, Yahoo! with an authorization
    // estimated from the day it was given, Amazon with its SP-API authorization.
    await page.getByTestId('welcome-shops').waitFor()
    await addShop(
      'サンプル本店',
      'rakuten',
      async (p) => {
        await p.getByTestId('wl-kind').selectOption('rakuten.licenseKey')
        await p.getByTestId('wl-mode-entered').check()
        await p.getByTestId('wl-expires').fill('2027-01-01')
      },
      ['atodene'],
    )
    await addShop('サンプル Yahoo!店', 'yahoo', async (p) => {
      await p.getByTestId('wl-kind').selectOption('yahoo.authorization')
      await p.getByTestId('wl-label').fill('注文管理')
      await p.getByTestId('wl-mode-estimate').check()
      await p.getByTestId('wl-issued').fill('2026-12-18')
      await p.getByText('推定される期限: 2027/01/15(金)').waitFor()
    })
    await addShop('サンプル Amazon店', 'amazon', async (p) => {
      await p.getByTestId('wl-kind').selectOption('amazon.spApi')
      await p.getByTestId('wl-expires').fill('2027-06-30')
    })
    await page.getByTestId('welcome-shop-list').getByText('登録したショップ(3)').waitFor()
    await top(page)
    await screenshot(page, 'wizard-welcome')
    const overview = session.host.core.services.shops.overview()
    expect(overview.shops.map((s: ShopView) => [s.shop.name, s.shop.mallId, s.credentials.length])).toEqual([
      ['サンプル本店', 'rakuten', 1],
      ['サンプル Yahoo!店', 'yahoo', 1],
      ['サンプル Amazon店', 'amazon', 1],
    ])
    expect(overview.shops[0]!.shop.deferredPaymentApps).toEqual(['atodene'])

    // The closure from the 年末年始 preset.
    await page.getByTestId('welcome-next').click()
    await page.getByTestId('welcome-closure').waitFor()
    await page.getByTestId('wz-preset-newYear').click()
    expect(await page.inputValue('[data-testid="wz-closure-start"]')).toBe('2026/12/29')
    expect(await page.inputValue('[data-testid="wz-closure-end"]')).toBe('2027/01/03')
    await page.getByText('6日間 ・ 最後の出荷 12/28(月) ・ 再開後の最初の出荷 1/4(月)').waitFor()
    await page.getByTestId('wz-closure-save').click()
    await page.getByText('「年末年始」を保存しました。').waitFor()
    expect(session.host.core.services.calendar.settings().closures).toMatchObject([
      { name: '年末年始', start: '2026-12-29', end: '2027-01-03' },
    ])

    await page.getByTestId('welcome-next').click()
    await page.getByTestId('welcome-start').getByText('ショップ 3件').waitFor()
    await page.getByTestId('welcome-finish').click()
    await page.getByTestId('view-prep').waitFor()
    expect((await session.host.core.dispatch('getOnboarding', {})).ok).toBe(true)
    expect(session.host.core.services.wizard.onboarding()).toMatchObject({ done: true, skipped: false })
  })

  it('starts in the month-before phase: carrier notes from a template, apps, keyboard navigation', async () => {
    await page.getByTestId('prep-facts').getByText('休業まであと8日').waitFor()
    await page.getByTestId('prep-facts').getByText('いまの段階: 約1か月前').waitFor()
    // The first step left to do in the phase that has opened.
    await waitForStep('mall.holidayCalendar:rakuten')
    await page.getByTestId('prep-jump').getByText('いまここ').waitFor()
    const r = await run()
    expect(r.steps.filter((s) => s.phase === 'monthBefore').map((s) => s.key)).toContain('carrier.pickups')
    // Checked from the data already: the closure is registered, the Amazon authorization lasts.
    expect(r.steps.find((s) => s.key === 'closure.dates')!.state).toBe('done')
    expect(r.steps.find((s) => s.stepId === 'credential.renewEarly')!.state).toBe('done')

    await jumpTo('carrier.pickups')
    const notes = page.getByTestId('carrier-notes')
    const template = await notes.inputValue()
    expect(template).toContain('ヤマト運輸')
    expect(template).toContain('最後の集荷: 12/28(月)')
    expect(template).toContain('12/31〜1/3')
    await notes.fill(
      template
        .replace('最後の集荷: 12/28(月) __時ごろ(予約: 未)', '最後の集荷: 12/28(月) 16時ごろ(予約: 済)')
        .replace(/・営業所の窓口\(持ち込む場合\):/, '・営業所の窓口(持ち込む場合): 12/30 まで 9〜17時'),
    )
    await page.getByTestId('carrier-save').click()
    await page.getByTestId('action-carrier').getByText('保存しました').waitFor()
    expect((await run()).carrierNotes).toContain('16時ごろ(予約: 済)')
    await top(page)
    await screenshot(page, 'wizard-month-before')
    await markDone('carrier.pickups')
    // Done moves on to the next step.
    await waitForStep('deferredPayment.apps')

    // Keyboard: ← back, j forward; the jump list takes focus and ↓ / Enter.
    await page.keyboard.press('ArrowLeft')
    await waitForStep('carrier.pickups')
    await page.keyboard.press('j')
    await waitForStep('deferredPayment.apps')
    await page.locator('[data-testid="jump-item"][data-key="deferredPayment.apps"]').focus()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await waitForStep('carrier.pickups')
    await page.keyboard.press('ArrowRight')
    await waitForStep('deferredPayment.apps')

    // The apps of the 楽天 shop are those ticked in the first run.
    const apps = page.getByTestId('action-apps').locator('[data-shop="サンプル本店"]')
    expect(await apps.getByTestId('apps-atodene').isChecked()).toBe(true)
    await markDone('deferredPayment.apps')
  })

  it('walks the whole week-before phase: an inline renewal, copies, notes and a skip with a reason', async () => {
    const closureId = (await run()).closure.id
    // The link reminders use.
    await page.goto(`${session.host.url}#/prep?closure=${closureId}&phase=weekBefore`)
    const rak = (await run()).steps.find(
      (s) => s.key.startsWith('credential.renew:') && s.subject.mallId === 'rakuten',
    )!
    await waitForStep(rak.key)
    await currentStep().getByTestId('step-blocker').getByText('1/11(月) より前に期限が切れます').waitFor()
    expect(await page.getByTestId('step-count').innerText()).toContain('1週間前')

    // Renew the 楽天 key right here: the new key and the date RMS shows.
    const renew = page.getByTestId('action-renew')
    await renew.getByTestId('renew-verdict').getByText('1/11(月) までに切れます').waitFor()
    await renew.getByTestId('renew-secret').fill(NEW_KEY)
    await renew.getByTestId('renew-mode-entered').check()
    await renew.getByTestId('renew-expires').fill('2027-03-20')
    await renew.getByTestId('renew-save').click()
    await renew.getByTestId('renew-saved').getByText('2027/03/20(土)').waitFor()
    await renew.getByTestId('renew-verdict').getByText('1/11(月) より後まで使えます').waitFor()
    await currentStep().getByTestId('step-state').getByText('完了(アプリが確認').waitFor()
    await top(page)
    await screenshot(page, 'wizard-week-before')
    expect((await run()).steps.find((s) => s.key === rak.key)).toMatchObject({ state: 'done', auto: true })
    const cred = session.host.core.services.shops.credentialView(rak.subject.id!)
    expect(cred.credential).toMatchObject({
      expiresOn: '2027-03-20',
      hasSecret: true,
      secretHint: '••••XY34',
    })
    expect(await page.content()).not.toContain(NEW_KEY)

    // The Yahoo! authorization lasts past 1/11: done from the data.
    await currentStep().getByTestId('step-next').click()
    const yahoo = (await run()).steps.find(
      (s) => s.key.startsWith('credential.renew:') && s.subject.mallId === 'yahoo',
    )!
    await waitForStep(yahoo.key)
    expect(yahoo.state).toBe('done')
    await currentStep().getByTestId('step-next').click()

    // Non-business days for the order system, copied.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(session.host.url).origin,
    })
    await waitForStep('orderSystem.nonBusinessDays')
    const list = await page.getByTestId('non-business-list').innerText()
    expect(list).toContain('2026/12/29')
    expect(list).toContain('2027/01/11')
    await page.getByTestId('copy-non-business').click()
    await page.getByTestId('copy-non-business').getByText('コピーしました').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('2027/01/03\n')
    await markDone('orderSystem.nonBusinessDays')

    // The order dates that will need a free-form mail.
    await waitForStep('mail.window')
    await page.getByTestId('mail-dates').getByText('12/28(月)').waitFor()
    await page.getByTestId('copy-mail-dates').click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('2026/12/28\n')
    await markDone('mail.window')

    // Templates, with a note.
    await waitForStep('mail.templates')
    await page.getByTestId('step-notes').fill('署名に「1/4(月)から発送再開」を追加(山田)')
    await markDone('mail.templates')
    expect((await run()).steps.find((s) => s.key === 'mail.templates')!.notes).toBe(
      '署名に「1/4(月)から発送再開」を追加(山田)',
    )

    // Amazon lead time: skipping needs a reason; without one main refuses and nothing changes.
    await waitForStep('amazon.leadTime:amazon')
    await currentStep().getByTestId('step-skip').click()
    await page.getByTestId('skip-confirm').click()
    await page.getByTestId('step-error').getByText('スキップする理由を書いてください').waitFor()
    expect(await stepState('amazon.leadTime:amazon')).toBe('todo')
    await page.getByTestId('skip-reason').fill('Amazon のリードタイムは今回は変えない')
    await page.getByTestId('skip-confirm').click()
    await expect.poll(() => stepState('amazon.leadTime:amazon')).toBe('skipped')

    const week = (await run()).steps.filter((s) => s.phase === 'weekBefore')
    expect(week.map((s) => s.state)).not.toContain('todo')
    expect(week.find((s) => s.key === 'amazon.leadTime:amazon')!.skipReason).toBe(
      'Amazon のリードタイムは今回は変えない',
    )
  })

  it('checks the last business day (clock on Mon 12/28) and shows the readiness on the dashboard', async () => {
    session.host.clock.set('2026-12-28T10:00')
    await page.goto(`${session.host.url}#/prep`)
    await page.reload()
    await page.getByTestId('prep-facts').getByText('いまの段階: 最終営業日').waitFor()
    await jumpTo('deferredPayment.loginBefore:atodene')
    await markDone('deferredPayment.loginBefore:atodene')
    await waitForStep('final.credentials')
    await page
      .getByTestId('action-lapsing')
      .getByText('すべての認証情報が、再開日+余裕日数より後まで使えます。')
      .waitFor()
    expect(await stepState('final.credentials')).toBe('done')
    await top(page)
    await screenshot(page, 'wizard-last-day')
    await currentStep().getByTestId('step-next').click()
    await markDone('final.check')

    const dash = await session.newPage('/')
    const card = dash.getByTestId('closure-card')
    await card.getByTestId('closure-card-state').getByText('今日が休業前の最終営業日です').waitFor()
    expect(await card.getByTestId('closure-card-status').innerText()).toBe('あと1日')
    const r = await run()
    const panel = dash.getByTestId('plan-panel')
    await panel.getByTestId('plan-progress').waitFor()
    // The mall calendars of the month before are still open: overdue, first, with a way to each.
    const first = panel.getByTestId('plan-do-first').getByTestId('action-item').first()
    expect(await first.innerText()).toContain('楽天市場の休業日カレンダーを設定する')
    expect(await first.getByTestId('action-badge').innerText()).toBe('期限を過ぎています')
    expect(r.progress.total).toBeGreaterThan(0)
    await top(dash)
    await screenshot(dash, 'dashboard-readiness')
    await first.getByTestId('action-open').click()
    await dash.locator('[data-testid="prep-step"][data-step="mall.holidayCalendar:rakuten"]').waitFor()
    await dash.context().close()
  })

  it('resumes after a restart and walks the after-reopening phase (clock on Mon 1/4)', async () => {
    const before = await run()
    await session.restartHost()
    session.host.clock.set('2027-01-04T10:00')
    page = await session.newPage('/')
    // Set up already: no first-run redirect any more.
    await page.getByTestId('view-dashboard').waitFor()
    const closureId = before.closure.id
    await page.goto(`${session.host.url}#/prep?closure=${closureId}&phase=afterReopening`)
    await page.getByTestId('prep-facts').getByText('いまの段階: 営業再開日').waitFor()
    const after = await run()
    expect(after.run.id).toBe(before.run.id)
    expect(after.steps.filter((s) => s.phase !== 'afterReopening').map((s) => [s.key, s.state])).toEqual(
      before.steps.filter((s) => s.phase !== 'afterReopening').map((s) => [s.key, s.state]),
    )

    await markDone('reopen.imports')
    await waitForStep('reopen.freeMail')
    await page.getByTestId('mail-dates').getByText('12/28(月)').waitFor()
    await markDone('reopen.freeMail')
    for (const mall of ['rakuten', 'yahoo', 'amazon']) await markDone(`mall.holidayCalendarRestore:${mall}`)
    await skipWith('amazon.leadTimeRestore:amazon', 'リードタイムは延ばしていない')
    await markDone('mail.templatesRestore')
    await waitForStep('deferredPayment.stuckOrders:atodene')
    await page.getByText('アトディーネの「入金待ち」で止まった注文を動かす').first().waitFor()
    await top(page)
    await screenshot(page, 'wizard-after-reopening')
    await markDone('deferredPayment.stuckOrders:atodene')
    const reopened = (await run()).steps.filter((s) => s.phase === 'afterReopening')
    expect(reopened.map((s) => s.state)).not.toContain('todo')
  })

  it('prints the whole run as a checklist', async () => {
    await page.getByTestId('open-print').click()
    await page.getByTestId('view-print').waitFor()
    const r = await run()
    await expect.poll(() => page.getByTestId('print-row').count()).toBe(r.steps.length)
    const sheet = page.locator('.checklist__sheet')
    await sheet.getByText('休業準備チェックリスト: 年末年始').waitFor()
    await sheet.getByText('理由: Amazon のリードタイムは今回は変えない').waitFor()
    await sheet.getByText('署名に「1/4(月)から発送再開」を追加(山田)').waitFor()
    await sheet.getByText('16時ごろ(予約: 済)').waitFor()
    for (const phase of ['約1か月前', '1週間前', '最終営業日', '営業再開日']) {
      await sheet.locator('h2', { hasText: phase }).waitFor()
    }
    // No PDF printer in the browser host: the page prints itself.
    await page.evaluate(() => {
      ;(window as unknown as { printed: number }).printed = 0
      window.print = () => {
        ;(window as unknown as { printed: number }).printed++
      }
    })
    await page.getByTestId('print-button').click()
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
    await page.emulateMedia({ media: 'print' })
    await screenshot(page, 'wizard-print')
    await page.emulateMedia({ media: 'screen' })
  })

  it('reads in English too', async () => {
    await page.goto(`${session.host.url}#/prep?phase=monthBefore`)
    await page.locator('.app-nav').getByTestId('lang-en').click()
    await page.getByText('Closure prep: 年末年始').waitFor()
    await page.getByTestId('prep-facts').getByText('Stage now: First day back').waitFor()
    await waitForStep('mall.holidayCalendar:rakuten')
    await currentStep().getByText('Set the holiday calendar on Rakuten Ichiba').waitFor()
    await currentStep().getByText('Why?').waitFor()
    await currentStep().getByText('This stage started on Sun 11/29 and this step is not done yet.').waitFor()
    await top(page)
    await screenshot(page, 'wizard-en')
    await page.locator('.app-nav').getByTestId('lang-ja').click()
    await page.getByText('休業準備: 年末年始').waitFor()
  })

  it('keeps the finished closure as a record when the next one starts', async () => {
    const first = await run()
    session.host.clock.set('2027-02-01T10:00')
    const gw = await session.host.core.dispatch('saveClosure', {
      name: 'GW',
      start: '2027-05-01',
      end: '2027-05-05',
    })
    expect(gw.ok).toBe(true)
    await page.goto(`${session.host.url}#/prep`)
    await page.reload()
    await page.getByText('休業準備: GW').waitFor()
    await page.getByTestId('run-select').selectOption(first.closure.id)
    await page.getByText('休業準備: 年末年始').waitFor()
    await page.getByTestId('prep-closed').getByText('この休業は終わりました').waitFor()
    await jumpTo('amazon.leadTime:amazon')
    await currentStep().getByText('スキップ: Amazon のリードタイムは今回は変えない').waitFor()
    expect(await currentStep().getByTestId('step-done').count()).toBe(0)
    expect(await currentStep().getByTestId('step-skip').count()).toBe(0)
    await top(page)
    await screenshot(page, 'wizard-history')
  })
})
