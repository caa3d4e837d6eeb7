import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DashboardView } from '@shared/ipc/timeline'
import type { CredentialUrgency } from '@shared/ipc/shops'
import { makeCertificate, type TestCertificate } from '../helpers/openssl'
import { makeTempDir } from '../helpers/tempDir'
import { openSession, screenshot } from './harness'

// The app's clock stands still at Tue 2026-12-01 10:00 (Japan); the year-end closure
// 2026-12-29 → 2027-01-03 is registered, so statuses are about that closure.
const KEY = 'SLK-e2e-0123456789abcdefAB12'
const NEW_KEY = 'SLK-e2e-renewed-9876543210XY34'

let session: Awaited<ReturnType<typeof openSession>>
let certDir: ReturnType<typeof makeTempDir>
let cert: TestCertificate
let wrongKey: TestCertificate
let page: Page

beforeAll(async () => {
  certDir = makeTempDir('hp-e2e-certs-')
  cert = makeCertificate(certDir.path, {
    name: 'yahoo-api',
    subject: '/CN=sample-yahoo-store/O=Sample Shop',
    start: '20261101000000Z',
    end: '20271031145959Z',
  })
  wrongKey = makeCertificate(certDir.path, { name: 'other', days: 30 })
  session = await openSession({ now: '2026-12-01T10:00', clockMode: 'fixed' })
  const closure = await session.host.core.dispatch('saveClosure', {
    name: '年末年始',
    start: '2026-12-29',
    end: '2027-01-03',
  })
  expect(closure.ok).toBe(true)
  page = await session.newPage('/shops')
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(session.host.url).origin,
  })
})
afterAll(async () => {
  await session?.close()
  certDir?.remove()
})

const shopCard = (name: string): Locator => page.locator('[data-shop]', { hasText: name })

async function addShop(name: string, mallId: string, apps: string[] = []) {
  await page.getByTestId('add-shop').click()
  const form = page.getByTestId('shop-form')
  await form.waitFor()
  await form.getByTestId('sf-name').fill(name)
  await form.getByTestId('sf-mall').selectOption(mallId)
  for (const app of apps) await form.getByTestId(`sf-app-${app}`).check()
  await form.getByTestId('sf-save').click()
  await form.waitFor({ state: 'detached' })
  await shopCard(name).waitFor()
}

describe('shops and credentials in a real browser', () => {
  it('adds a 楽天 shop with a license key, shows it masked, reveals it, renews it and shows the history', async () => {
    await page.getByTestId('view-shops').waitFor()
    await page.getByText('ショップがまだありません').waitFor()
    await addShop('サンプル本店', 'rakuten', ['atodene', 'kuroneko'])
    await shopCard('サンプル本店').getByText('アトディーネ、クロネコ代金後払いサービス').waitFor()

    await shopCard('サンプル本店').getByTestId('shop-add-credential').click()
    const form = page.getByTestId('credential-form')
    await form.waitFor()
    await form.getByText('新しいキーを発行').first().waitFor() // the renewal steps beside the form
    await form.getByTestId('cf-issued').fill('2026-10-01')
    await form.getByText('推定される期限: 2026/12/30(水)').waitFor() // 90 days
    // A paste mistake is pointed out while typing, with the position.
    await form.getByTestId('cf-secret').fill(`${KEY.slice(0, 8)} ${KEY.slice(8)}`)
    await form.getByText('途中に空白か改行が入っています(9文字目)').waitFor()
    await form.getByTestId('cf-secret').fill(`  ${KEY}  `)
    await form.getByText('形式は大丈夫です(28文字)').waitFor()
    await screenshot(page, 'shops-credential-form')
    await form.getByTestId('cf-save').click()
    await form.waitFor({ state: 'detached' })

    const row = shopCard('サンプル本店').locator('[data-credential]').first()
    await row.getByTestId('secret-masked').getByText('••••AB12').waitFor()
    expect(await row.getByTestId('credential-expiry').textContent()).toBe('2026/12/30(水)')
    await row.getByTestId('credential-estimated').getByText('推定').waitFor()
    await row.getByText('休業中に期限切れ').waitFor()
    await row.getByText('2026/12/25(金) までに更新してください').waitFor()
    expect(await page.content()).not.toContain(KEY)

    // Reveal on an explicit click, copy, hide again.
    await row.getByTestId('secret-reveal').click()
    await row.getByTestId('secret-revealed').getByText(KEY).waitFor()
    await row.getByTestId('secret-copy').click()
    await row.getByTestId('secret-copied').getByText('コピーしました').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(KEY)
    await row.getByTestId('secret-hide').click()
    await row.getByTestId('secret-masked').waitFor()
    expect(await page.content()).not.toContain(KEY)

    // 更新しました: a new key and the date the mall shows.
    await row.getByTestId('credential-renew').click()
    const renew = page.getByTestId('renew-dialog')
    await renew.waitFor()
    await renew.getByText('推定される期限: 2027/03/01(月)').waitFor() // today + 90 days, suggested
    await renew.getByTestId('rn-save').click()
    await renew.getByTestId('form-error').getByText('新しいライセンスキーを入力してください').waitFor()
    await renew.getByTestId('rn-secret').fill(NEW_KEY)
    await renew.getByTestId('rn-mode-entered').check()
    await renew.getByTestId('rn-expires').fill('2027-03-03')
    await renew.getByTestId('rn-note').fill('山田が RMS で発行')
    await screenshot(page, 'shops-renew')
    await renew.getByTestId('rn-save').click()
    await renew.waitFor({ state: 'detached' })

    await row.getByTestId('secret-masked').getByText('••••XY34').waitFor()
    await row.getByTestId('credential-expiry').getByText('2027/03/03(水)').waitFor()
    expect(await row.getByTestId('credential-estimated').count()).toBe(0)
    await row.getByText('余裕あり').waitFor()

    await row.getByTestId('credential-history-toggle').click()
    const entries = row.getByTestId('history-entry')
    await entries.nth(1).waitFor()
    expect(await entries.count()).toBe(2)
    const renewed = (await entries.nth(0).textContent()) ?? ''
    expect(renewed).toContain('更新')
    expect(renewed).toContain('2026/12/30(水) (推定) → 2027/03/03(水)')
    expect(renewed).toContain('保管している値を入れ替え')
    expect(renewed).toContain('山田が RMS で発行')
    expect(renewed).toContain('発行日 2026/12/01(火)')
    expect(await entries.nth(1).textContent()).toContain('登録')
    expect(await page.content()).not.toContain(NEW_KEY)
  })

  it('adds a Yahoo! shop with a .crt/.key pair and takes the expiry from the certificate', async () => {
    await addShop('サンプル Yahoo!店', 'yahoo')
    const card = shopCard('サンプル Yahoo!店')

    // An authorization (estimated from the day it was given).
    await card.getByTestId('shop-add-credential').click()
    let form = page.getByTestId('credential-form')
    await form.waitFor()
    await form.getByTestId('cf-kind').selectOption('yahoo.authorization')
    await form.getByTestId('cf-label').fill('注文管理')
    await form.getByTestId('cf-issued').fill('2026-11-20')
    await form.getByText('推定される期限: 2026/12/18(金)').waitFor()
    await form.getByTestId('cf-save').click()
    await form.waitFor({ state: 'detached' })

    // The certificate: files picked with <input type=file>, read by the page, checked in main.
    await card.getByTestId('shop-add-credential').click()
    form = page.getByTestId('credential-form')
    await form.waitFor()
    // The certificate method has ended (2023-07-27): offered only when asked for.
    await form.getByTestId('cf-show-legacy').check()
    await form.getByTestId('cf-kind').selectOption('yahoo.certificate')
    await form.getByTestId('cert-crt').setInputFiles(cert.crtPath)
    await form.getByTestId('cert-key').setInputFiles(wrongKey.keyPath)
    await form.getByTestId('cf-save').click()
    await form.getByTestId('form-error').getByText('組になっていません').waitFor()
    await form.getByTestId('cert-key').setInputFiles(cert.keyPath)
    await form.getByTestId('cf-save').click()
    await form.waitFor({ state: 'detached' })

    const row = card.locator('[data-credential]', { hasText: 'API 証明書' })
    await row.getByTestId('credential-expiry').getByText('2027/10/31(日)').waitFor()
    await row.getByText('証明書から読み取り').waitFor()
    await row.getByText('CN=sample-yahoo-store, O=Sample Shop').waitFor()
    await row.getByTestId('secret-masked').getByText('•••••• (PEM)').waitFor()
    expect(await row.getByTestId('credential-estimated').count()).toBe(0)
    await page.mouse.move(0, 0)
    await screenshot(page, 'shops-list')
  })

  it('puts the credentials that need work on the dashboard, by do-by date, with a way to each', async () => {
    const dash = await session.newPage('/')
    const panel = dash.getByTestId('plan-panel')
    await panel.waitFor()
    const result = await session.host.core.dispatch('getDashboard', {})
    if (!result.ok) throw new Error('getDashboard failed')
    const value = result.value as DashboardView
    const credentialActions = [...value.doFirst, ...value.more].filter((a) => a.kind === 'credential')
    expect(credentialActions.length).toBeGreaterThan(0)
    const first = credentialActions[0]!
    const row = panel.locator(`[data-testid="action-item"][data-action="${first.id}"]`)
    const text = (await row.textContent()) ?? ''
    expect(text).toContain('API 認可(機能ごと)')
    expect(text).toContain('までに更新してください')
    // The shops screen shows the same do-by date.
    const overview = await session.host.core.dispatch('credentialUrgency', {})
    if (!overview.ok) throw new Error('credentialUrgency failed')
    const view = (overview.value as CredentialUrgency).items.find(
      (i) => `credential:${i.credential.id}` === first.id,
    )!
    expect(view.deadline.doBy).toBe(first.doBy)
    await screenshot(dash, 'dashboard-urgency')

    await row.getByTestId('action-open').click()
    await dash.getByTestId('view-shops').waitFor()
    const id = view.credential.id
    expect(dash.url()).toContain(`credential=${id}`)
    await dash.locator(`#credential-${id}.credential--highlight`).waitFor()
    await dash.context().close()
  })

  it('keeps the secret out of every response except the one revealSecret', async () => {
    const withKey = session.host.responses.filter((r) => r.includes(KEY))
    expect(withKey).toEqual([JSON.stringify({ ok: true, value: { secret: KEY } })])
    expect(session.host.responses.filter((r) => r.includes(NEW_KEY))).toEqual([])
    const keyBody = cert.key.split('\n')[3]!
    expect(session.host.responses.filter((r) => r.includes(keyBody))).toEqual([])
    // And the keychain holds them.
    const accounts = await session.secrets.accounts()
    expect(accounts).toHaveLength(2)
    const values = await Promise.all(accounts.map((a) => session.secrets.get(a)))
    expect(values).toContain(NEW_KEY)
    expect(values).toContain(cert.key.trim())
  })
})
