import Database from 'better-sqlite3'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '@core'
import { migrate } from '@core/db/open'
import { migrations } from '@core/db/migrations/index'
import { startHost } from '../../src/host/server'
import { allFacts } from '@shared/domain/facts'
import { factSources } from '@shared/domain/malls/sources'
import type { PrepRunView } from '@shared/ipc/wizard'
import { testSecretStore } from '../helpers/keychain'
import { makeTempDir } from '../helpers/tempDir'
import { launchBrowser, openSession, SCREENSHOT_DIR, screenshot } from './harness'

// Issue 14 in a real browser: the first-run setup asks for the order system and the steps then
// speak its words (ネクストエンジン, CROSS MALL); the 出典と確認日 screen lists every fact; a
// database from before the 90-day correction tells the user once which estimates moved.
// The clock: Mon 2026-12-21 09:00 in Japan, the week before the year-end closure.
const NOW = '2026-12-21T09:00'

type Session = Awaited<ReturnType<typeof openSession>>
const sessions: Session[] = []
afterAll(async () => {
  for (const s of sessions) await s.close()
})

async function run(session: Session): Promise<PrepRunView> {
  const result = await session.host.core.dispatch('getPrepRun', {})
  if (!result.ok || !result.value) throw new Error('no run')
  return result.value as PrepRunView
}

/**
 * The sources page is far too long for one picture: the top, one mall further down and the
 * list of sources, each as the window shows it.
 */
async function sourcesShots(p: Page, name: string) {
  await top(p)
  await p.screenshot({ path: join(SCREENSHOT_DIR, `${name}-top.png`) })
  await p.locator('[data-group="mall:amazon"]').scrollIntoViewIfNeeded()
  await p.screenshot({ path: join(SCREENSHOT_DIR, `${name}-amazon.png`) })
  await p.locator('[data-group="orderSystem:crossMall"]').scrollIntoViewIfNeeded()
  await p.screenshot({ path: join(SCREENSHOT_DIR, `${name}-crossMall.png`) })
  await p.getByTestId('source-list').scrollIntoViewIfNeeded()
  await p.screenshot({ path: join(SCREENSHOT_DIR, `${name}-list.png`) })
}

/** For a screenshot a person reads: toasts closed, mouse away, scrolled to the top. */
async function top(p: Page) {
  const close = p.getByTestId('toast').getByRole('button', { name: /^(閉じる|Close)$/ })
  while ((await close.count()) > 0) await close.first().click()
  await p.mouse.move(0, 0)
  await p.evaluate(() => window.scrollTo(0, 0))
}

/** The first-run setup with one 楽天 shop and the 年末年始 closure, on the given order system. */
async function setUp(orderSystem: string, systemName: string): Promise<{ session: Session; page: Page }> {
  const session = await openSession({ now: NOW, firstRun: true })
  sessions.push(session)
  const page = await session.newPage('/')
  await page.getByTestId('view-welcome').waitFor()
  await page.getByTestId('welcome-order-system-select').selectOption(orderSystem)
  await page.getByTestId('welcome-order-system').getByText(`「${systemName}」の言葉で案内します。`).waitFor()
  expect(session.host.core.services.facts.orderSystem()).toEqual({ id: orderSystem, chosen: true })
  await top(page)
  await screenshot(page, `facts-welcome-${orderSystem}`)
  await page.getByTestId('welcome-next').click()

  const form = page.getByTestId('welcome-shop-form')
  await form.getByTestId('wl-name').fill('サンプル本店')
  await form.getByTestId('wl-mall').selectOption('rakuten')
  // Both systems connect with the key under システム開発企業からのAPIアクセス許可設定: offered first.
  expect(await form.getByTestId('wl-kind').inputValue()).toBe('rakuten.licenseKey')
  await form.getByTestId('wl-kind-hint').getByText('ネクストエンジン・CROSS MALL・速販').waitFor()
  await form.getByTestId('wl-mode-estimate').check()
  await form.getByTestId('wl-issued').fill('2026-10-01')
  // 90 days, not three months (which would say 2027/01/01).
  await page.getByText('推定される期限: 2026/12/30(水)').waitFor()
  await form.getByTestId('wl-add').click()
  await page.getByTestId('welcome-shop-list').locator('[data-shop="サンプル本店"]').waitFor()

  await page.getByTestId('welcome-next').click()
  await page.getByTestId('wz-preset-newYear').click()
  await page.getByTestId('wz-closure-save').click()
  await page.getByText('「年末年始」を保存しました。').waitFor()
  await page.getByTestId('welcome-next').click()
  await page.getByTestId('welcome-finish').click()
  await page.getByTestId('view-prep').waitFor()
  return { session, page }
}

async function showStep(page: Page, key: string) {
  await page.locator(`[data-testid="jump-item"][data-key="${key}"]`).click()
  await page.locator(`[data-testid="prep-step"][data-step="${key}"]`).waitFor()
}

describe('the order system decides the words of the steps', () => {
  it('ネクストエンジン: its screens and terms, as in the reference notice', async () => {
    const { session, page } = await setUp('nextEngine', 'ネクストエンジン')
    const r = await run(session)
    const nb = r.steps.find((s) => s.key === 'orderSystem.nonBusinessDays')!
    expect(nb.texts.title.ja).toBe('ネクストエンジンに非営業日を登録する')
    expect(nb.texts.howTo.ja[0]).toBe(
      'ネクストエンジンの 設定 → 受注 → 日付自動登録 の「営業日から除外する曜日・期間」を開く',
    )
    expect(r.steps.find((s) => s.key === 'reopen.freeMail')!.texts.title.ja).toBe(
      '自動メールが出なかった注文にフリーメールを送る',
    )
    expect(r.steps.find((s) => s.key === 'mail.templates')!.texts.howTo.ja[0]).toContain(
      'ネクストエンジンの 設定 → 受注 → メールサーバ',
    )
    const key = r.steps.find((s) => s.stepId === 'credential.renew')!
    expect(key.texts.why.ja).toContain('90日で切れます')
    expect(key.texts.why.ja).toContain(
      'ネクストエンジンが使うのは「システム開発企業からのAPIアクセス許可設定」のキーです',
    )
    expect(key.texts.howTo.ja.join('\n')).toContain('ネクストエンジンの 設定 → 基本 → API')

    await showStep(page, 'orderSystem.nonBusinessDays')
    const step = page.locator('[data-testid="prep-step"][data-step="orderSystem.nonBusinessDays"]')
    await step.getByText('ネクストエンジンに非営業日を登録する').first().waitFor()
    await step.getByText('ネクストエンジンの 設定 → 受注 → 日付自動登録').waitFor()
    await top(page)
    await screenshot(page, 'facts-prep-nextEngine')

    await showStep(page, key.key)
    await page
      .getByText('ネクストエンジンが使うのは「システム開発企業からのAPIアクセス許可設定」のキーです', {
        exact: false,
      })
      .waitFor()
    await top(page)
    await screenshot(page, 'facts-prep-nextEngine-rakuten')

    await session.host.core.dispatch('setLanguage', { language: 'en' })
    await page.reload()
    await showStep(page, 'orderSystem.nonBusinessDays')
    await page.getByText('Enter the non-business days in Next Engine').first().waitFor()
    await top(page)
    await screenshot(page, 'facts-prep-nextEngine-en')
  })

  it('CROSS MALL: its name and its documented screen, neutral words with the notice’s term in brackets elsewhere', async () => {
    const { session, page } = await setUp('crossMall', 'CROSS MALL')
    const r = await run(session)
    const nb = r.steps.find((s) => s.key === 'orderSystem.nonBusinessDays')!
    expect(nb.texts.title.ja).toBe('CROSS MALLに非営業日を登録する')
    expect(nb.texts.howTo.ja[0]).toBe(
      'CROSS MALLの、自動で入る日付から非営業日(休業日)を外す設定(ネクストエンジンでは「日付自動登録」の「営業日から除外する曜日・期間」)を開く',
    )
    expect(r.steps.find((s) => s.key === 'reopen.freeMail')!.texts.title.ja).toBe(
      '自動メールが出なかった注文に個別のメールを送る',
    )
    const key = r.steps.find((s) => s.stepId === 'credential.renew')!
    expect(key.texts.howTo.ja.join('\n')).toContain('CROSS MALL の システム設定 → 店舗情報')
    expect(key.texts.why.ja).toContain(
      'CROSS MALLが使うのは「システム開発企業からのAPIアクセス許可設定」のキーです',
    )
    // Nothing of Next Engine's screens is claimed for CROSS MALL outside the brackets.
    for (const s of r.steps)
      for (const line of [s.texts.title.ja, s.texts.why.ja, ...s.texts.howTo.ja])
        expect(line.replace(/(ネクストエンジンでは[^)]*)/g, ''), s.key).not.toMatch(
          /設定 → 受注|メールサーバ|フリーメール/,
        )

    await showStep(page, 'orderSystem.nonBusinessDays')
    const step = page.locator('[data-testid="prep-step"][data-step="orderSystem.nonBusinessDays"]')
    await step.getByText('CROSS MALLに非営業日を登録する').first().waitFor()
    await step.getByText('(ネクストエンジンでは「日付自動登録」', { exact: false }).waitFor()
    await top(page)
    await screenshot(page, 'facts-prep-crossMall')

    // Changed later in 設定: the steps follow at once.
    await page.goto(`${session.host.url}#/settings`)
    await page.getByTestId('order-system-select').selectOption('goq')
    await page.getByTestId('order-system').getByText('「GoQSystem」の言葉で案内します。').waitFor()
    const again = await run(session)
    expect(again.steps.find((s) => s.key === 'orderSystem.nonBusinessDays')!.texts.title.ja).toBe(
      'GoQSystemに非営業日を登録する',
    )
    expect(again.steps.map((s) => s.key)).toEqual(r.steps.map((s) => s.key))
  })
})

describe('出典と確認日', () => {
  it('lists every fact with its sources or “unsourced”, and every source, in both languages', async () => {
    const session = sessions[0]!
    await session.host.core.dispatch('setLanguage', { language: 'ja' })
    const page = await session.newPage('/settings')
    await page.getByTestId('open-sources').click()
    await page.getByTestId('view-sources').waitFor()
    const facts = allFacts()
    const rows = page.getByTestId('fact-row')
    await expect.poll(() => rows.count()).toBe(facts.length)
    const shown = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-fact')))
    expect(shown).toEqual(facts.map((f) => f.id))
    expect(await page.getByTestId('fact-unsourced').count()).toBe(
      facts.filter((f) => f.source === 'unsourced').length,
    )
    expect(await page.getByTestId('source-item').count()).toBe(factSources.length)
    // A fact and its source, as a person reads them.
    const lifetime = page.locator('[data-fact="rakuten.licenseKey:lifetime"]')
    await lifetime.getByText('有効期間は90日です。', { exact: false }).waitFor()
    await lifetime.locator('[data-source="ne-20948"]').waitFor()
    await page
      .locator('[data-fact="aupay.apiKey:lifetime"]')
      .getByText('第三者', { exact: false })
      .first()
      .waitFor()
    await page
      .locator('[data-fact="yahoo.certificate:legacy"]')
      .getByText('2023年7月27日', { exact: false })
      .waitFor()
    await page.getByText('2026/12', { exact: false }).first().waitFor()
    await sourcesShots(page, 'facts-sources')

    await session.host.core.dispatch('setLanguage', { language: 'en' })
    await page.reload()
    await page.getByTestId('view-sources').getByText('Sources and check dates').first().waitFor()
    await expect.poll(() => rows.count()).toBe(facts.length)
    await page
      .locator('[data-fact="rakuten.licenseKey:lifetime"]')
      .getByText('Lasts 90 days.', { exact: false })
      .waitFor()
    await sourcesShots(page, 'facts-sources-en')
    await session.host.core.dispatch('setLanguage', { language: 'ja' })
  })

  it('asks which 楽天 key and hides Yahoo!’s ended certificate unless asked, in the credential form', async () => {
    const session = sessions[1]!
    await session.host.core.dispatch('saveShop', {
      name: 'サンプル Yahoo!店',
      mallId: 'yahoo',
      active: true,
      deferredPaymentApps: [],
      notes: '',
    })
    const page = await session.newPage('/shops')
    const rakuten = page.locator('[data-shop]', { hasText: 'サンプル本店' })
    await rakuten.getByTestId('shop-add-credential').click()
    let form = page.getByTestId('credential-form')
    await form.waitFor()
    const options = await form.getByTestId('cf-kind').locator('option').allTextContents()
    expect(options.slice(0, 3)).toEqual([
      'ライセンスキー(システム開発企業からのAPIアクセス許可設定)',
      'WEB APIサービスのライセンスキー(店舗の WEB APIサービス)',
      'SFTP(FTP)パスワード',
    ])
    // This shop moved to GoQSystem in 設定 (above): its key, the WEB APIサービス one, comes first.
    await form.getByTestId('cf-kind-suggested').getByText('GoQSystemはこのキーを使います。').waitFor()
    expect(await form.getByTestId('cf-kind').inputValue()).toBe('rakuten.webApiKey')
    await form
      .getByTestId('cf-kind-hint')
      .getByText('GoQSystem や自作のツールが使います', { exact: false })
      .waitFor()
    await top(page)
    await screenshot(page, 'facts-credential-rakuten')
    await form.getByRole('button', { name: 'キャンセル' }).click()

    const yahoo = page.locator('[data-shop]', { hasText: 'サンプル Yahoo!店' })
    await yahoo.getByTestId('shop-add-credential').click()
    form = page.getByTestId('credential-form')
    await form.waitFor()
    const ids = () =>
      form
        .getByTestId('cf-kind')
        .locator('option')
        .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))
    expect(await ids()).not.toContain('yahoo.certificate')
    await form.getByTestId('cf-show-legacy').check()
    expect(await ids()).toContain('yahoo.certificate')
    await form.getByTestId('cf-kind').selectOption('yahoo.certificate')
    await form.getByTestId('cf-kind-legacy').getByText('2023-07-27', { exact: false }).waitFor()
    await top(page)
    await screenshot(page, 'facts-credential-yahoo-legacy')
  })
})

describe('a database from before the 90-day correction', () => {
  let browser: Browser | null = null
  const dir = makeTempDir('hp-e2e-facts-')
  const secrets = testSecretStore()
  afterAll(async () => {
    await browser?.close()
    await secrets.cleanup()
    dir.remove()
  })

  it('upgrades and tells on the shops screen which estimated dates moved, once', async () => {
    const dataDir = join(dir.path, 'data')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(dataDir, { recursive: true })
    const old = new Database(join(dataDir, DATABASE_FILE))
    migrate(old, migrations, 5)
    const T = '2026-11-01T00:00:00.000Z'
    old
      .prepare(
        `INSERT INTO shops (id, name, mall_id, active, deferred_apps, notes, created_at, updated_at)
       VALUES ('s-rak', 'ひなた雑貨店', 'rakuten', 1, '[]', '', ?, ?), ('s-y', 'ひなた Yahoo!店', 'yahoo', 1, '[]', '', ?, ?)`,
      )
      .run(T, T, T, T)
    old
      .prepare(
        `INSERT INTO credentials (id, shop_id, kind_id, label, issued_on, expires_on, expiry_source, secret_account, secret_hint, meta, created_at, updated_at)
       VALUES ('k1', 's-rak', 'rakuten.licenseKey', '', '2026-10-01', '2027-01-01', 'estimated', NULL, '', '{}', ?, ?),
              ('k2', 's-rak', 'rakuten.licenseKey', '予備', NULL, '2027-01-01', 'entered', NULL, '', '{}', ?, ?),
              ('c1', 's-y', 'yahoo.certificate', '', '2026-05-01', '2027-05-01', 'certificate', NULL, '', '{}', ?, ?)`,
      )
      .run(T, T, T, T, T, T)
    old.close()

    const host = await startHost({ dataDir, secrets, now: NOW })
    try {
      await host.core.dispatch('completeOnboarding', { skipped: true })
      browser = await launchBrowser(dir.path)
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP' })
      const page = await context.newPage()
      await page.goto(`${host.url}#/shops`)
      const moved = page.locator('[data-testid="fact-notice"][data-kind="estimatesMoved"]')
      await moved.getByText('推定の有効期限を見直しました').waitFor()
      await moved.getByText('ひなた雑貨店 / ライセンスキー:2027/01/01', { exact: false }).waitFor()
      expect(await moved.locator('li').allTextContents()).toEqual([
        expect.stringMatching(/^ひなた雑貨店 \/ ライセンスキー:2027\/01\/01.*→ 2026\/12\/30/),
      ])
      await page
        .locator('[data-testid="fact-notice"][data-kind="legacyCertificate"]')
        .getByText('ひなた Yahoo!店')
        .waitFor()
      await top(page)
      await screenshot(page, 'facts-notice-shops')

      await host.core.dispatch('setLanguage', { language: 'en' })
      await page.reload()
      await moved.getByText('Estimated expiry dates corrected').waitFor()
      await top(page)
      await screenshot(page, 'facts-notice-shops-en')

      await moved.getByTestId('fact-notice-dismiss').click()
      await moved.waitFor({ state: 'detached' })
      await page.reload()
      await page.locator('[data-testid="fact-notice"][data-kind="legacyCertificate"]').waitFor()
      expect(await moved.count()).toBe(0)
      // The entered date stayed; the estimate moved.
      const creds = host.core.services.shops
        .overview()
        .shops.flatMap((s) => s.credentials.map((c) => c.credential))
      expect(Object.fromEntries(creds.map((c) => [c.id, c.expiresOn]))).toEqual({
        k1: '2026-12-30',
        k2: '2027-01-01',
        c1: '2027-05-01',
      })
    } finally {
      await host.close()
    }
  })
})
