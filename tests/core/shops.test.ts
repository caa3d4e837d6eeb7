import { randomBytes, randomUUID } from 'node:crypto'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createCore, DATABASE_FILE, type Core } from '@core'
import { keychainUnavailable, type SecretStore } from '@core/secrets/SecretStore'
import {
  credentialKindsFor,
  estimateExpiry,
  mallProfiles,
  type CredentialKind,
  type SecretFieldSpec,
} from '@shared/domain/malls'
import type { Shop } from '@shared/domain/types'
import type {
  CredentialHistoryEntry,
  CredentialUrgency,
  CredentialView,
  ShopsOverview,
} from '@shared/ipc/shops'
import { listFiles, occurrencesIn } from '../helpers/files'
import { testSecretStore } from '../helpers/keychain'
import { makeCertificate, type TestCertificate } from '../helpers/openssl'
import { makeTempDir } from '../helpers/tempDir'

// The app's clock: Tue 2026-12-01 10:00 in Japan; the year-end closure is registered.
const NOW = new Date('2026-12-01T01:00:00Z')
const TODAY = '2026-12-01'
const NEW_YEAR = { name: '年末年始', start: '2026-12-29', end: '2027-01-03' }

let dir: ReturnType<typeof makeTempDir>
let store: ReturnType<typeof testSecretStore>
let core: Core
/** Every result that crossed the dispatcher, except revealSecret's. */
let results: string[]

function startCore(secrets: SecretStore = store): Core {
  const c = createCore({ dataDir: dir.path, secrets, clock: { now: () => NOW } })
  const dispatch = c.dispatch
  return Object.assign(c, {
    dispatch: async (name: string, input: unknown) => {
      const result = await dispatch(name, input)
      if (name !== 'revealSecret') results.push(JSON.stringify(result))
      return result
    },
  })
}

async function ok<T>(channel: string, input: unknown, on: Core = core): Promise<T> {
  const result = await on.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message.ja}`)
  return result.value as T
}

async function refused(channel: string, input: unknown, on: Core = core) {
  const result = await on.dispatch(channel, input)
  expect(result.ok, JSON.stringify(result)).toBe(false)
  if (result.ok) throw new Error('unreachable')
  expect(result.error.message.ja.length).toBeGreaterThan(5)
  expect(result.error.message.en.length).toBeGreaterThan(5)
  return result.error
}

function addShop(mallId: string, extra: Partial<Shop> = {}, on: Core = core): Promise<Shop> {
  return ok<Shop>(
    'saveShop',
    { name: `${mallId} テスト店`, mallId, active: true, deferredPaymentApps: [], notes: '', ...extra },
    on,
  )
}

function counts(on: Core = core) {
  const n = (table: string) => (on.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
  return { shops: n('shops'), credentials: n('credentials'), history: n('credential_history') }
}

/** A secret that passes the kind's field spec, unique per call. */
function sampleSecret(spec: SecretFieldSpec): string {
  const tail = randomBytes(12).toString('hex').toUpperCase()
  if (spec.kind === 'password') return `Pw ${tail}`.slice(0, spec.maxLength)
  return `HPk${tail}`.padEnd(Math.max(spec.minLength, 24), 'x').slice(0, spec.maxLength)
}

const allKinds: CredentialKind[] = mallProfiles.flatMap((p) => credentialKindsFor(p.id))

let certDir: ReturnType<typeof makeTempDir>
let certA: TestCertificate
let certB: TestCertificate
beforeAll(() => {
  certDir = makeTempDir('hp-certs-')
  certA = makeCertificate(certDir.path, { name: 'a', start: '20261101000000Z', end: '20271031145959Z' })
  certB = makeCertificate(certDir.path, { name: 'b', start: '20261125000000Z', end: '20271124145959Z' })
})
afterAll(() => certDir.remove())

beforeEach(async () => {
  dir = makeTempDir()
  store = testSecretStore()
  results = []
  core = startCore()
  await core.services.shops.repaired
  await ok('saveClosure', NEW_YEAR)
})
afterEach(async () => {
  core.close()
  await store.cleanup()
  dir.remove()
})

describe('every credential kind of every mall profile', () => {
  it('covers the mall kinds and a custom kind per mall', () => {
    expect(allKinds.length).toBe(mallProfiles.reduce((n, p) => n + p.credentialKinds.length + 1, 0))
    expect(allKinds.map((k) => k.id)).toContain('rakuten.licenseKey')
    expect(allKinds.map((k) => k.id)).toContain('base.custom')
  })

  it.each(allKinds.map((k) => [k.id, k] as const))(
    '%s: create, estimate or enter, confirm, renew with history, update, delete',
    async (_id, kind) => {
      const shop = await addShop(kind.mallId)
      const hasSecret = kind.secret !== null
      const certificate = kind.expirySource === 'certificate'
      const first = hasSecret && !certificate ? sampleSecret(kind.secret!) : null
      const label = kind.labelHint ? '注文管理' : ''

      // ── create: an estimate from the issue date when the kind has a lifetime ──
      let view: CredentialView
      if (certificate) {
        view = await ok<CredentialView>('importCertificate', {
          shopId: shop.id,
          label,
          certificatePem: certA.crt,
          privateKeyPem: certA.key,
        })
        expect(view.credential.expirySource).toBe('certificate')
        expect(view.credential.expiresOn).toBe('2027-10-31')
        expect(view.estimated).toBe(false)
        // Dates of a certificate come from its file only.
        const e = await refused('saveCredential', {
          shopId: shop.id,
          kindId: kind.id,
          label,
          issuedOn: '2026-11-01',
          expiresOn: null,
          secret: certA.key,
        })
        expect(e.code).toBe('certificate_required')
      } else if (kind.lifetime) {
        view = await ok<CredentialView>('saveCredential', {
          shopId: shop.id,
          kindId: kind.id,
          label,
          issuedOn: '2026-11-15',
          expiresOn: null,
          ...(first ? { secret: `  ${first}\n` } : {}),
        })
        expect(view.credential.expirySource).toBe('estimated')
        expect(view.estimated).toBe(true)
        expect(view.credential.expiresOn).toBe(estimateExpiry(kind, '2026-11-15'))
        expect(view.advice.ja).toContain('推定')
      } else {
        const e = await refused('saveCredential', {
          shopId: shop.id,
          kindId: kind.id,
          label: label || 'ドメイン',
          issuedOn: '2026-11-15',
          expiresOn: null,
        })
        expect(e.code).toBe('expiry_required')
        expect(counts().credentials).toBe(0)
        view = await ok<CredentialView>('saveCredential', {
          shopId: shop.id,
          kindId: kind.id,
          label: label || 'ドメイン',
          issuedOn: null,
          expiresOn: '2027-01-02',
          ...(first ? { secret: first } : {}),
        })
        expect(view.credential.expirySource).toBe('entered')
        expect(view.estimated).toBe(false)
        expect(view.status.state).toBe('duringClosure')
      }
      const id = view.credential.id
      expect(view.kindName).toEqual(kind.name)
      expect(view.shopName).toBe(shop.name)
      expect(view.advice.ja.length).toBeGreaterThan(10)
      if (hasSecret && (first || certificate)) {
        expect(view.credential.hasSecret).toBe(true)
        expect(await store.accounts()).toEqual([`${id}:1`])
        expect(await store.get(`${id}:1`)).toBe(certificate ? certA.key.trim() : first)
        expect(await ok('revealSecret', { id })).toEqual({ secret: certificate ? certA.key.trim() : first })
      } else {
        expect(view.credential.hasSecret).toBe(false)
        expect(await store.accounts()).toEqual([])
        expect((await refused('revealSecret', { id })).code).toBe('no_secret')
      }

      // ── confirm the date (estimates only; certificates need no confirmation) ──
      if (view.estimated) {
        const confirmed = await ok<CredentialView>('confirmCredentialDate', { id, expiresOn: '2027-02-14' })
        expect(confirmed.estimated).toBe(false)
        expect(confirmed.credential.expirySource).toBe('entered')
        expect(confirmed.credential.expiresOn).toBe('2027-02-14')
        expect(confirmed.advice.ja).not.toContain('推定')
      }
      if (certificate) {
        expect((await refused('confirmCredentialDate', { id, expiresOn: '2027-02-14' })).code).toBe(
          'certificate_required',
        )
      }

      // ── renew ──
      const second = hasSecret && !certificate ? sampleSecret(kind.secret!) : null
      let renewed: CredentialView
      if (certificate) {
        renewed = await ok<CredentialView>('importCertificate', {
          shopId: shop.id,
          credentialId: id,
          label,
          certificatePem: certB.crt,
          privateKeyPem: certB.key,
          note: '山田が更新',
        })
        expect(renewed.credential.expiresOn).toBe('2027-11-24')
      } else {
        if (first && !kind.secretOptional) {
          // The kind holds a secret that changes on renewal: the new value is required.
          const e = await refused('renewCredential', { id, issuedOn: TODAY, expiresOn: '2027-06-30' })
          expect(e.code).toBe('secret_required')
        }
        renewed = await ok<CredentialView>('renewCredential', {
          id,
          issuedOn: TODAY,
          expiresOn: kind.lifetime ? null : '2027-06-30',
          ...(second ? { secret: second } : {}),
          note: '山田が更新',
        })
        expect(renewed.credential.expiresOn).toBe(kind.lifetime ? estimateExpiry(kind, TODAY) : '2027-06-30')
        expect(renewed.credential.issuedOn).toBe(TODAY)
      }
      const secretNow = certificate ? certB.key.trim() : second
      if (secretNow) {
        expect(await store.accounts()).toEqual([`${id}:2`])
        expect(await store.get(`${id}:2`)).toBe(secretNow)
        expect(await store.get(`${id}:1`)).toBeNull()
      }
      const history = await ok<CredentialHistoryEntry[]>('credentialHistory', { id })
      expect(history.map((h) => h.action)).toEqual(
        view.estimated ? ['renew', 'confirm', 'create'] : ['renew', 'create'],
      )
      expect(history[0]).toMatchObject({
        action: 'renew',
        actor: certificate ? 'certificate' : 'user',
        newIssuedOn: certificate ? '2026-11-25' : TODAY,
        newExpiresOn: renewed.credential.expiresOn,
        oldExpiresOn: certificate ? '2027-10-31' : view.estimated ? '2027-02-14' : view.credential.expiresOn,
        secretChanged: secretNow !== null,
        note: '山田が更新',
      })
      for (const s of [first, second, certA.key.trim(), certB.key.trim()]) {
        if (s) expect(JSON.stringify(history)).not.toContain(s)
      }

      // ── update: label (and the secret where the kind has one) ──
      const third = hasSecret && !certificate ? sampleSecret(kind.secret!) : null
      const updated = await ok<CredentialView>('saveCredential', {
        id,
        shopId: shop.id,
        kindId: kind.id,
        label: '新しい名前',
        issuedOn: renewed.credential.issuedOn,
        expiresOn: certificate ? renewed.credential.expiresOn : '2027-07-01',
        ...(third ? { secret: third } : {}),
      })
      expect(updated.credential.label).toBe('新しい名前')
      if (!certificate) {
        expect(updated.credential.expiresOn).toBe('2027-07-01')
        expect(updated.credential.expirySource).toBe('entered')
      }
      if (third) {
        expect(await store.accounts()).toEqual([`${id}:3`])
        expect(await store.get(`${id}:3`)).toBe(third)
        expect(updated.credential.secretHint).toBe(third.length >= 12 ? `••••${third.slice(-4)}` : '••••••')
      }
      const account = third ? `${id}:3` : secretNow ? `${id}:2` : null

      // ── delete: the row, its history and its keychain entry ──
      expect((await refused('deleteCredential', { id })).code).toBe('invalid_input')
      expect(await ok('deleteCredential', { id, confirm: true })).toBeNull()
      expect(counts().credentials).toBe(0)
      expect(counts().history).toBe(0)
      expect(await store.accounts()).toEqual([])
      if (account) expect(await store.get(account)).toBeNull()
      expect((await refused('credentialHistory', { id })).code).toBe('credential_not_found')
    },
  )
})

describe('shops', () => {
  it('adds, edits, deactivates several shops per mall with their deferred-payment apps', async () => {
    const a = await addShop('rakuten', {
      name: ' 本店 ',
      deferredPaymentApps: ['atodene', 'kuroneko', 'atodene'],
    })
    const b = await addShop('rakuten', { name: '2号店' })
    expect(a.name).toBe('本店')
    expect(a.deferredPaymentApps).toEqual(['atodene', 'kuroneko'])
    const edited = await ok<Shop>('saveShop', {
      id: b.id,
      name: '2号店',
      mallId: 'rakuten',
      active: false,
      deferredPaymentApps: ['atobarai_com', 'nissen', 'other'],
      notes: '冬は休み',
    })
    expect(edited).toMatchObject({ active: false, deferredPaymentApps: ['atobarai_com', 'nissen', 'other'] })
    const list = await ok<ShopsOverview>('listShops', {})
    expect(list.shops.map((s) => [s.shop.name, s.shop.active])).toEqual([
      ['本店', true],
      ['2号店', false],
    ])
    expect(list.shops[0]!.mallName.ja).toBe('楽天市場')
    expect(list.nextClosure).toMatchObject({ start: '2026-12-29', end: '2027-01-03' })
    expect(list.reopening).toBe('2027-01-04')
    expect(list.today).toBe(TODAY)
  })

  it('refuses bad shops with typed errors', async () => {
    expect(
      (
        await refused('saveShop', {
          name: '  ',
          mallId: 'rakuten',
          active: true,
          deferredPaymentApps: [],
          notes: '',
        })
      ).code,
    ).toBe('shop_name_required')
    expect(
      (
        await refused('saveShop', {
          name: 'x',
          mallId: 'nowhere',
          active: true,
          deferredPaymentApps: [],
          notes: '',
        })
      ).code,
    ).toBe('unknown_mall')
    expect(
      (
        await refused('saveShop', {
          name: 'x',
          mallId: 'rakuten',
          active: true,
          deferredPaymentApps: ['paypal'],
          notes: '',
        })
      ).code,
    ).toBe('invalid_input')
    expect(
      (
        await refused('saveShop', {
          id: randomUUID(),
          name: 'x',
          mallId: 'rakuten',
          active: true,
          deferredPaymentApps: [],
          notes: '',
        })
      ).code,
    ).toBe('shop_not_found')
    expect(counts().shops).toBe(0)
  })

  it('keeps the mall of a shop that has credentials', async () => {
    const shop = await addShop('amazon')
    await ok('saveCredential', {
      shopId: shop.id,
      kindId: 'amazon.spApi',
      label: '',
      issuedOn: TODAY,
      expiresOn: null,
    })
    const e2 = await refused('saveShop', {
      id: shop.id,
      name: shop.name,
      mallId: 'rakuten',
      active: true,
      deferredPaymentApps: [],
      notes: '',
    })
    expect(e2.code).toBe('mall_change_with_credentials')
  })

  it('deleting a shop (confirmed) removes its credentials, history and keychain entries', async () => {
    const shop = await addShop('rakuten')
    const keep = await addShop('aupay')
    const k1 = 'RakutenKey0001AAAABBBB'
    const k2 = 'RakutenKey0002CCCCDDDD'
    const k3 = 'AupayKey0003EEEEFFFFGG'
    const c1 = await ok<CredentialView>('saveCredential', {
      shopId: shop.id,
      kindId: 'rakuten.licenseKey',
      label: 'A',
      issuedOn: TODAY,
      expiresOn: null,
      secret: k1,
    })
    const c2 = await ok<CredentialView>('saveCredential', {
      shopId: shop.id,
      kindId: 'rakuten.licenseKey',
      label: 'B',
      issuedOn: TODAY,
      expiresOn: null,
      secret: k2,
    })
    await ok('saveCredential', {
      shopId: shop.id,
      kindId: 'rakuten.custom',
      label: 'メモ',
      issuedOn: null,
      expiresOn: '2027-03-01',
    })
    const c3 = await ok<CredentialView>('saveCredential', {
      shopId: keep.id,
      kindId: 'aupay.apiKey',
      label: '',
      issuedOn: TODAY,
      expiresOn: null,
      secret: k3,
    })
    expect((await store.accounts()).sort()).toEqual(
      [`${c1.credential.id}:1`, `${c2.credential.id}:1`, `${c3.credential.id}:1`].sort(),
    )

    expect((await refused('deleteShop', { id: shop.id })).code).toBe('invalid_input')
    expect((await refused('deleteShop', { id: shop.id, confirm: false })).code).toBe('invalid_input')
    expect(counts().credentials).toBe(4)

    expect(await ok('deleteShop', { id: shop.id, confirm: true })).toEqual({ deletedCredentials: 3 })
    expect(await store.accounts()).toEqual([`${c3.credential.id}:1`])
    expect(await store.get(`${c1.credential.id}:1`)).toBeNull()
    expect(await store.get(`${c3.credential.id}:1`)).toBe(k3)
    expect(counts()).toEqual({ shops: 1, credentials: 1, history: 1 })
    expect((await refused('deleteShop', { id: shop.id, confirm: true })).code).toBe('shop_not_found')
  })
})

describe('urgency for the dashboard', () => {
  it('lists every credential of active shops, most urgent first; inactive shops are left out', async () => {
    const active = await addShop('yahoo', { name: '営業中の店' })
    const paused = await addShop('rakuten', { name: '休止中の店', active: false })
    const add = (shopId: string, kindId: string, expiresOn: string, label = '') =>
      ok<CredentialView>('saveCredential', { shopId, kindId, label, issuedOn: null, expiresOn })
    const ok1 = await add(active.id, 'yahoo.publicKey', '2027-09-01')
    const during = await add(active.id, 'yahoo.authorization', '2026-12-30', '注文管理')
    const expired = await add(active.id, 'yahoo.custom', '2026-11-20', '後払い連携')
    const afterReopen = await add(active.id, 'yahoo.authorization', '2027-01-06', '商品・在庫')
    await add(paused.id, 'rakuten.licenseKey', '2026-12-02')

    const urgency = await ok<CredentialUrgency>('credentialUrgency', {})
    expect(urgency.shopCount).toBe(2)
    expect(urgency.items.map((i) => i.credential.id)).toEqual([
      expired.credential.id,
      during.credential.id,
      afterReopen.credential.id,
      ok1.credential.id,
    ])
    expect(urgency.items.map((i) => i.status.state)).toEqual([
      'expired',
      'duringClosure',
      'afterReopeningMargin',
      'ok',
    ])
    expect(urgency.items.every((i) => i.shopActive)).toBe(true)
    expect(urgency.items[1]!.advice.ja).toContain('休業中')
    expect(urgency.items[1]!.status.renewBy).toBe('2026-12-28')

    // The shops screen still shows the paused shop's credential.
    const list = await ok<ShopsOverview>('listShops', {})
    expect(list.shops.find((s) => s.shop.id === paused.id)!.credentials).toHaveLength(1)

    // Activating the shop brings its credential in, at the top (critical, 1 day left).
    await ok('saveShop', {
      id: paused.id,
      name: paused.name,
      mallId: 'rakuten',
      active: true,
      deferredPaymentApps: [],
      notes: '',
    })
    const again = await ok<CredentialUrgency>('credentialUrgency', {})
    expect(again.items).toHaveLength(5)
    expect(again.items[0]!.status.state).toBe('expired')
    expect(again.items[1]!.shopName).toBe('休止中の店')
    expect(again.items[1]!.status).toMatchObject({
      state: 'beforeClosure',
      severity: 'critical',
      daysLeft: 1,
    })
  })

  it('is empty without shops and says how many shops exist', async () => {
    expect(await ok('credentialUrgency', {})).toMatchObject({ shopCount: 0, items: [] })
  })
})

describe('write order between the keychain and SQLite', () => {
  function failingStore(mode: 'refuse' | 'crashAfterWrite'): SecretStore {
    return {
      ...store,
      async set(account: string, secret: string) {
        if (mode === 'crashAfterWrite') await store.set(account, secret)
        throw keychainUnavailable('linux', 'simulated')
      },
    }
  }

  it('writes no row when the keychain refuses the secret; credentials without secrets still work', async () => {
    core.close()
    core = startCore(failingStore('refuse'))
    const shop = await addShop('rakuten')
    const before = counts()
    const e = await refused('saveCredential', {
      shopId: shop.id,
      kindId: 'rakuten.licenseKey',
      label: '',
      issuedOn: TODAY,
      expiresOn: null,
      secret: 'RakutenKeyThatFails0001',
    })
    expect(e.code).toBe('keychain_unavailable')
    expect(e.message.ja).toContain('キーチェーン')
    expect(counts()).toEqual(before)
    expect(await store.accounts()).toEqual([])

    const plain = await ok<CredentialView>('saveCredential', {
      shopId: shop.id,
      kindId: 'rakuten.licenseKey',
      label: '',
      issuedOn: TODAY,
      expiresOn: null,
    })
    expect(plain.credential.hasSecret).toBe(false)
    expect(plain.estimated).toBe(true)
  })

  it('leaves the row as it was when the new secret of a renewal cannot be written', async () => {
    const shop = await addShop('rakuten')
    const view = await ok<CredentialView>('saveCredential', {
      shopId: shop.id,
      kindId: 'rakuten.licenseKey',
      label: '',
      issuedOn: '2026-10-01',
      expiresOn: null,
      secret: 'RakutenKeyOriginal0001',
    })
    core.close()
    core = startCore(failingStore('refuse'))
    const history = counts().history
    const e = await refused('renewCredential', {
      id: view.credential.id,
      issuedOn: TODAY,
      expiresOn: null,
      secret: 'RakutenKeyRenewed00002',
    })
    expect(e.code).toBe('keychain_unavailable')
    const list = await ok<ShopsOverview>('listShops', {})
    expect(list.shops[0]!.credentials[0]!.credential).toEqual(view.credential)
    expect(counts().history).toBe(history)
    expect(await store.accounts()).toEqual([`${view.credential.id}:1`])
    expect(await store.get(`${view.credential.id}:1`)).toBe('RakutenKeyOriginal0001')
  })

  it('a crash right after the keychain write leaves only an unreferenced account, which the repair removes', async () => {
    core.close()
    core = startCore(failingStore('crashAfterWrite'))
    const shop = await addShop('aupay')
    await refused('saveCredential', {
      shopId: shop.id,
      kindId: 'aupay.apiKey',
      label: '',
      issuedOn: TODAY,
      expiresOn: null,
      secret: 'AupayKeyOrphaned000001',
    })
    expect(counts().credentials).toBe(0)
    const orphans = await store.accounts()
    expect(orphans).toHaveLength(1)

    // The next start repairs it.
    core.close()
    core = startCore()
    const report = await core.services.shops.repaired
    expect(report).toEqual({ deleted: orphans, failed: [] })
    expect(await store.accounts()).toEqual([])
  })

  it('repairSecrets deletes only accounts no row references', async () => {
    const shop = await addShop('qoo10')
    const view = await ok<CredentialView>('saveCredential', {
      shopId: shop.id,
      kindId: 'qoo10.sellerAuthKey',
      label: '',
      issuedOn: TODAY,
      expiresOn: null,
      secret: 'Qoo10SellerKey00000001',
    })
    const id = view.credential.id
    const orphanOld = `${id}:7`
    const orphanOther = `${randomUUID()}:1`
    await store.set(orphanOld, 'left over by a crash during a renewal')
    await store.set(orphanOther, 'left over by a crash during a create')
    await store.set('not-ours', 'an account this service did not write')

    const report = await core.services.shops.repairSecrets()
    expect(report.deleted.sort()).toEqual([orphanOld, orphanOther].sort())
    expect((await store.accounts()).sort()).toEqual([`${id}:1`, 'not-ours'].sort())
    expect(await ok('revealSecret', { id })).toEqual({ secret: 'Qoo10SellerKey00000001' })
  })
})

describe('secrets stay in the keychain', () => {
  it('never appear in the SQLite files, the log or any result except revealSecret', async () => {
    const shop = await addShop('rakuten')
    const pon = await addShop('ponpare')
    const secrets = {
      first: 'HPsecretRakuten00000001',
      renewed: 'HPsecretRakuten00000002',
      updated: 'HPsecretRakuten00000003',
      password: 'HP pass word 0004',
      custom: 'HPcustom-0005',
      refusedSpace: 'HPsecretRakuten 00000006',
    }
    const c = await ok<CredentialView>('saveCredential', {
      shopId: shop.id,
      kindId: 'rakuten.licenseKey',
      label: '',
      issuedOn: TODAY,
      expiresOn: null,
      secret: secrets.first,
    })
    await ok('renewCredential', {
      id: c.credential.id,
      issuedOn: TODAY,
      expiresOn: '2027-03-01',
      secret: secrets.renewed,
    })
    await ok('saveCredential', {
      id: c.credential.id,
      shopId: shop.id,
      kindId: 'rakuten.licenseKey',
      label: 'x',
      issuedOn: TODAY,
      expiresOn: '2027-03-02',
      secret: secrets.updated,
    })
    await ok('saveCredential', {
      shopId: pon.id,
      kindId: 'ponpare.apiPassword',
      label: '',
      issuedOn: null,
      expiresOn: '2027-02-01',
      secret: secrets.password,
    })
    await ok('saveCredential', {
      shopId: pon.id,
      kindId: 'ponpare.custom',
      label: '独自',
      issuedOn: null,
      expiresOn: '2027-02-01',
      secret: secrets.custom,
    })
    await refused('saveCredential', {
      shopId: shop.id,
      kindId: 'rakuten.licenseKey',
      label: '',
      issuedOn: TODAY,
      expiresOn: null,
      secret: secrets.refusedSpace,
    })
    await ok('listShops', {})
    await ok('credentialUrgency', {})
    await ok('credentialHistory', { id: c.credential.id })
    expect(await ok('revealSecret', { id: c.credential.id })).toEqual({ secret: secrets.updated })

    const files = listFiles(dir.path)
    expect(files.some((f) => f.endsWith(DATABASE_FILE))).toBe(true)
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true)
    for (const value of Object.values(secrets)) {
      expect(occurrencesIn(files, value)).toEqual([])
      for (const r of results) expect(r).not.toContain(value)
    }
    core.close()
    for (const value of Object.values(secrets)) expect(occurrencesIn(listFiles(dir.path), value)).toEqual([])
    core = startCore()
  })
})

describe('bad inputs are refused with typed errors and nothing is written', () => {
  let shopId: string
  const key = 'Abcdefghij0123456789XYZ9' // a plausible license key
  beforeEach(async () => {
    shopId = (await addShop('rakuten')).id
  })

  async function nothingWritten(input: Record<string, unknown>, code: string, field?: string) {
    const before = counts()
    const e = await refused('saveCredential', {
      shopId,
      kindId: 'rakuten.licenseKey',
      label: '',
      issuedOn: TODAY,
      expiresOn: null,
      ...input,
    })
    expect(e.code).toBe(code)
    if (field) expect(e.field).toBe(field)
    expect(counts()).toEqual(before)
    expect(await store.accounts()).toEqual([])
    return e
  }

  it('a space inside the key', async () => {
    const e = await nothingWritten(
      { secret: `${key.slice(0, 10)} ${key.slice(10)}` },
      'secret_whitespace',
      'secret',
    )
    expect(e.message.ja).toContain('11文字目')
  })

  it('a line break inside the key', async () => {
    await nothingWritten({ secret: `${key.slice(0, 5)}\n${key.slice(5)}` }, 'secret_whitespace', 'secret')
  })

  it('a key that lost its last character (too short)', async () => {
    const e = await nothingWritten({ secret: 'Abcdefghij01234' }, 'secret_tooShort', 'secret')
    expect(e.message.ja).toContain('最後の文字')
  })

  it('an implausibly long key', async () => {
    await nothingWritten({ secret: 'A'.repeat(300) }, 'secret_tooLong', 'secret')
  })

  it('a full-width character', async () => {
    await nothingWritten({ secret: `${key}Ａ` }, 'secret_fullWidth', 'secret')
  })

  it('a kind of another mall, or no such kind', async () => {
    await nothingWritten({ kindId: 'yahoo.authorization' }, 'kind_not_for_mall', 'kindId')
    await nothingWritten({ kindId: 'rakuten.nothing' }, 'kind_not_for_mall', 'kindId')
    await nothingWritten({ kindId: 'yahoo.custom' }, 'kind_not_for_mall', 'kindId')
  })

  it('a shop that does not exist', async () => {
    await nothingWritten({ shopId: randomUUID(), secret: key }, 'shop_not_found', 'shopId')
  })

  it('a date that does not exist, or an expiry before the issue date', async () => {
    await nothingWritten({ expiresOn: '2027-02-30' }, 'invalid_input', 'expiresOn')
    await nothingWritten({ issuedOn: '2027-01-10', expiresOn: '2027-01-09' }, 'dates_order', 'expiresOn')
    await nothingWritten({ issuedOn: null, expiresOn: null }, 'expiry_required', 'expiresOn')
  })

  it('a secret for a kind without one, a custom kind without a name, unknown meta', async () => {
    const yahoo = await addShop('yahoo')
    const before = counts()
    expect(
      (
        await refused('saveCredential', {
          shopId: yahoo.id,
          kindId: 'yahoo.authorization',
          label: '',
          issuedOn: TODAY,
          expiresOn: null,
          secret: key,
        })
      ).code,
    ).toBe('secret_not_expected')
    expect(
      (
        await refused('saveCredential', {
          shopId: yahoo.id,
          kindId: 'yahoo.custom',
          label: ' ',
          issuedOn: null,
          expiresOn: '2027-01-01',
        })
      ).code,
    ).toBe('label_required')
    expect(
      (
        await refused('saveCredential', {
          shopId: yahoo.id,
          kindId: 'yahoo.publicKey',
          label: '',
          issuedOn: TODAY,
          expiresOn: null,
          meta: { owner: 'x' },
        })
      ).code,
    ).toBe('unknown_meta')
    expect(counts()).toEqual(before)
    const pk = await ok<CredentialView>('saveCredential', {
      shopId: yahoo.id,
      kindId: 'yahoo.publicKey',
      label: '',
      issuedOn: TODAY,
      expiresOn: null,
      meta: { version: ' 3 ' },
    })
    expect(pk.credential.meta).toEqual({ version: '3' })
  })

  it('unknown fields and oversized values', async () => {
    await nothingWritten({ extra: 1 }, 'invalid_input')
    await nothingWritten({ secret: 'x'.repeat(30_000) }, 'invalid_input', 'secret')
    await nothingWritten({ label: 'x'.repeat(101) }, 'invalid_input', 'label')
    const manyKeys = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']))
    await nothingWritten({ meta: manyKeys }, 'invalid_input', 'meta')
  })

  it('a renewal or update of a credential that does not exist', async () => {
    expect(
      (await refused('renewCredential', { id: randomUUID(), issuedOn: TODAY, expiresOn: null })).code,
    ).toBe('credential_not_found')
    expect((await refused('confirmCredentialDate', { id: randomUUID(), expiresOn: TODAY })).code).toBe(
      'credential_not_found',
    )
    expect((await refused('deleteCredential', { id: randomUUID(), confirm: true })).code).toBe(
      'credential_not_found',
    )
    expect((await refused('revealSecret', { id: randomUUID() })).code).toBe('credential_not_found')
    await nothingWritten({ id: randomUUID() }, 'credential_not_found')
  })

  it('a bad renewal keeps the credential and its secret as they were', async () => {
    const view = await ok<CredentialView>('saveCredential', {
      shopId,
      kindId: 'rakuten.licenseKey',
      label: '',
      issuedOn: TODAY,
      expiresOn: null,
      secret: key,
    })
    const before = counts()
    expect(
      (
        await refused('renewCredential', {
          id: view.credential.id,
          issuedOn: TODAY,
          expiresOn: null,
          secret: key.slice(0, -1) + ' ' + 'Z',
        })
      ).code,
    ).toBe('secret_whitespace')
    expect(
      (
        await refused('renewCredential', {
          id: view.credential.id,
          issuedOn: null,
          expiresOn: null,
          secret: key,
        })
      ).code,
    ).toBe('expiry_required')
    expect(counts()).toEqual(before)
    expect(await store.accounts()).toEqual([`${view.credential.id}:1`])
    expect(await ok('revealSecret', { id: view.credential.id })).toEqual({ secret: key })
  })
})
