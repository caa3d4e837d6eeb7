import type { Core } from '@core'

type Ok<T = unknown> = { ok: true; value: T }

/** Calls a channel and fails the test with main's message when it is refused. */
export async function must<T = unknown>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel} refused: ${result.error.code} ${result.error.message.en}`)
  return (result as Ok<T>).value
}

export const SECRETS = {
  rakuten: 'SL1234567_rakutenLicenseKey_AbCdEf9876',
  aupay: 'aupayApiKey-0123456789abcdefXYZ',
  ponpare: 'Ponpare-Pass-2026!x',
}

/** A small but complete profile: three shops, credentials with and without secrets, a closure. */
export async function seedProfile(core: Core) {
  const rakuten = await must<{ id: string }>(core, 'saveShop', {
    name: '楽天 テスト店',
    mallId: 'rakuten',
    active: true,
    deferredPaymentApps: ['atobarai_com'],
    notes: '',
  })
  const yahoo = await must<{ id: string }>(core, 'saveShop', {
    name: 'Yahoo テスト店',
    mallId: 'yahoo',
    active: true,
    deferredPaymentApps: [],
    notes: 'メモ',
  })
  const aupay = await must<{ id: string }>(core, 'saveShop', {
    name: 'au PAY テスト店',
    mallId: 'aupay',
    active: false,
    deferredPaymentApps: [],
    notes: '',
  })
  const key = await must<{ credential: { id: string } }>(core, 'saveCredential', {
    shopId: rakuten.id,
    kindId: 'rakuten.licenseKey',
    label: '',
    issuedOn: '2026-10-01',
    expiresOn: null,
    secret: SECRETS.rakuten,
  })
  await must(core, 'renewCredential', {
    id: key.credential.id,
    issuedOn: '2026-11-20',
    expiresOn: '2027-02-20',
    secret: SECRETS.rakuten + 'N',
  })
  await must(core, 'saveCredential', {
    shopId: yahoo.id,
    kindId: 'yahoo.authorization',
    label: '注文管理',
    issuedOn: '2026-12-10',
    expiresOn: null,
  })
  await must(core, 'saveCredential', {
    shopId: aupay.id,
    kindId: 'aupay.apiKey',
    label: '',
    issuedOn: null,
    expiresOn: '2027-01-02',
    secret: SECRETS.aupay,
  })
  await must(core, 'saveClosure', { name: '年末年始', start: '2026-12-29', end: '2027-01-03' })
  await must(core, 'setLanguage', { language: 'en' })
  return { rakuten, yahoo, aupay, licenseKeyId: key.credential.id }
}
