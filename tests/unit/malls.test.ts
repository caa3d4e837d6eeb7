import { describe, expect, it } from 'vitest'
import {
  credentialKind,
  credentialKindsFor,
  customKindId,
  defaultReminderThresholds,
  estimateExpiry,
  isCustomKind,
  mallProfile,
  mallProfiles,
  selectableKindsFor,
  type CredentialKind,
} from '@shared/domain/malls'
import { deferredPaymentAppProfiles } from '@shared/domain/deferredPaymentApps'
import { deferredPaymentApps } from '@shared/domain/types'
import { longLeadCredentialKinds, mallsWithHolidayCalendar } from '@shared/domain/wizard/catalog'
import {
  deferredPaymentAppNames,
  fallbackCredentialKindNames,
  fallbackMallNames,
} from '@shared/domain/wizard/names'

const allKinds: CredentialKind[] = mallProfiles.flatMap((p) => credentialKindsFor(p.id))

function kind(id: string): CredentialKind {
  const k = credentialKind(id)
  if (!k) throw new Error(`no kind ${id}`)
  return k
}

describe('mall profiles', () => {
  it('has the expected malls with unique ids', () => {
    const ids = mallProfiles.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(
      expect.arrayContaining([
        'rakuten',
        'yahoo',
        'ponpare',
        'amazon',
        'aupay',
        'qoo10',
        'shopify',
        'base',
        'makeshop',
        'other',
      ]),
    )
  })

  it('lists the known credential kinds', () => {
    const ids = mallProfiles.flatMap((p) => p.credentialKinds.map((k) => k.id))
    expect(ids).toEqual([
      'rakuten.licenseKey',
      'rakuten.webApiKey',
      'rakuten.sftpPassword',
      'yahoo.authorization',
      'yahoo.publicKey',
      'yahoo.certificate',
      'ponpare.apiPassword',
      'amazon.spApi',
      'amazon.lwaClientSecret',
      'aupay.apiKey',
      'qoo10.sellerAuthKey',
    ])
    expect(new Set(allKinds.map((k) => k.id)).size).toBe(allKinds.length)
  })

  it.each(allKinds.map((k) => [k.id, k] as const))('%s is complete in both languages', (id, k) => {
    expect(id.startsWith(`${k.mallId}.`)).toBe(true)
    expect(mallProfile(k.mallId)).toBeDefined()
    expect(credentialKind(id)).toBe(k)
    for (const text of [k.name, k.shortName, k.issuedLabel, k.whereToSeeDate, ...k.pitfalls]) {
      expect(text.ja.trim()).not.toBe('')
      expect(text.en.trim()).not.toBe('')
    }
    expect(k.renewalSteps.ja.length).toBeGreaterThan(0)
    expect(k.renewalSteps.en.length).toBe(k.renewalSteps.ja.length)
    for (const step of [...k.renewalSteps.ja, ...k.renewalSteps.en]) expect(step.trim()).not.toBe('')
    expect(k.activationBufferBusinessDays).toBeGreaterThanOrEqual(0)
    // thresholds: strictly descending, ending on the day itself
    expect(k.reminderThresholds.at(-1)).toBe(0)
    for (let i = 1; i < k.reminderThresholds.length; i++) {
      expect(k.reminderThresholds[i]!).toBeLessThan(k.reminderThresholds[i - 1]!)
    }
    if (k.secret) {
      expect(k.secret.minLength).toBeGreaterThan(0)
      expect(k.secret.maxLength).toBeGreaterThan(k.secret.minLength)
      if (k.secret.pattern) expect(() => new RegExp(k.secret!.pattern!)).not.toThrow()
    }
    if (k.lifetime === null) expect(k.expirySource).not.toBe('estimatedOrEntered')
    else if (k.expirySource !== 'certificate') expect(k.expirySource).toBe('estimatedOrEntered')
  })

  // The facts checked 2026-12: lifetime, when the wizard renews it, legacy or not.
  it.each([
    ['rakuten.licenseKey', 'key', { days: 90 }, 1, 'weekBefore', false],
    ['rakuten.webApiKey', 'key', { days: 90 }, 1, 'weekBefore', false],
    ['rakuten.sftpPassword', 'password', null, 0, 'weekBefore', false],
    ['yahoo.authorization', null, { days: 28 }, 0, 'weekBefore', false],
    ['yahoo.publicKey', null, { months: 12 }, 0, 'monthBefore', false],
    ['yahoo.certificate', 'privateKey', { months: 12 }, 0, 'weekBefore', true],
    ['ponpare.apiPassword', 'password', null, 0, 'weekBefore', false],
    ['amazon.spApi', null, { days: 365 }, 0, 'monthBefore', false],
    ['amazon.lwaClientSecret', 'key', { days: 180 }, 0, 'monthBefore', false],
    ['aupay.apiKey', 'key', { days: 90 }, 0, 'weekBefore', false],
    ['qoo10.sellerAuthKey', 'key', { months: 12 }, 0, 'monthBefore', false],
  ] as const)(
    '%s: secret %s, lifetime %o, buffer %i, renewed %s, legacy %s',
    (id, secretKind, lifetime, buffer, lead, legacy) => {
      const k = kind(id)
      expect(k.secret?.kind ?? null).toBe(secretKind)
      expect(k.lifetime).toEqual(lifetime)
      expect(k.activationBufferBusinessDays).toBe(buffer)
      expect(k.renewalLead).toBe(lead)
      expect(k.legacy !== null).toBe(legacy)
    },
  )

  it('holds the mall-specific details', () => {
    expect(kind('yahoo.authorization').reminderThresholds).toEqual([14, 7, 3, 1, 0])
    expect(kind('yahoo.authorization').labelHint).not.toBeNull()
    expect(kind('yahoo.publicKey').metaFields.map((f) => f.id)).toContain('version')
    expect(kind('yahoo.certificate').expirySource).toBe('certificate')
    expect(kind('yahoo.certificate').secret?.maxLength).toBe(20000)
    expect(kind('ponpare.apiPassword').expirySource).toBe('entered')
    expect(kind('rakuten.licenseKey').advanceNotice?.ja).toContain('1週間')
    expect(kind('rakuten.sftpPassword').expirySource).toBe('entered')
    expect(kind('rakuten.sftpPassword').lifetimeSource).toBe('unsourced')
    expect(kind('rakuten.licenseKey').reminderThresholds).toEqual([...defaultReminderThresholds])
    expect(mallProfile('ponpare')?.status).toBe('unconfirmed')
    expect(mallProfile('ponpare')?.notes.length).toBeGreaterThan(0)
    expect(mallProfile('amazon')?.notes.some((n) => n.ja.includes('発送までの日数'))).toBe(true)
    expect(mallProfile('base')?.holidayCalendar?.note?.ja).toContain('2か月')
  })

  it.each(['rakuten', 'yahoo', 'amazon', 'aupay', 'qoo10', 'base'])('%s has a holiday calendar', (id) => {
    const cal = mallProfile(id)?.holidayCalendar
    expect(cal?.where.ja).toBeTruthy()
    expect(cal?.where.en).toBeTruthy()
  })

  it.each(['shopify', 'base', 'makeshop', 'other'])('%s has nothing to renew but offers custom', (id) => {
    const profile = mallProfile(id)!
    expect(profile.credentialKinds).toEqual([])
    expect(profile.notes.length).toBeGreaterThan(0)
    expect(credentialKindsFor(id).map((k) => k.id)).toEqual([`${id}.custom`])
  })

  it('adds a custom kind to every mall', () => {
    expect(credentialKindsFor('rakuten').map((k) => k.id)).toEqual([
      'rakuten.licenseKey',
      'rakuten.webApiKey',
      'rakuten.sftpPassword',
      'rakuten.custom',
    ])
    for (const p of mallProfiles) {
      const custom = kind(customKindId(p.id))
      expect(custom.mallId).toBe(p.id)
      expect(isCustomKind(custom)).toBe(true)
      expect(custom.secretOptional).toBe(true)
      expect(custom.lifetime).toBeNull()
      expect(custom.expirySource).toBe('entered')
      expect(custom.labelHint).not.toBeNull()
      expect(p.credentialKinds).not.toContain(custom)
    }
    expect(isCustomKind('rakuten.licenseKey')).toBe(false)
    expect(credentialKindsFor('nosuchmall')).toEqual([])
    expect(credentialKind('nosuchmall.custom')).toBeUndefined()
    expect(credentialKind('rakuten.nothing')).toBeUndefined()
    expect(mallProfile('nosuchmall')).toBeUndefined()
  })
})

describe('estimateExpiry', () => {
  it.each([
    ['rakuten.licenseKey', '2026-11-30', '2027-02-28'], // 90 days, not 3 months (which gives the same here)
    ['rakuten.licenseKey', '2027-11-30', '2028-02-28'], // 90 days over a leap February
    ['rakuten.licenseKey', '2026-10-01', '2026-12-30'], // 3 months would be 2027-01-01: two days long
    ['rakuten.licenseKey', '2026-12-31', '2027-03-31'],
    ['rakuten.webApiKey', '2026-10-01', '2026-12-30'],
    ['amazon.lwaClientSecret', '2026-07-01', '2026-12-28'], // 180 days
    ['rakuten.sftpPassword', '2026-12-01', null],
    ['yahoo.authorization', '2026-12-10', '2027-01-07'], // 28 days across the year
    ['yahoo.authorization', '2028-02-10', '2028-03-09'], // 28 days over a leap day
    ['amazon.spApi', '2026-01-15', '2027-01-15'], // 365 days, common year
    ['amazon.spApi', '2027-03-01', '2028-02-29'], // 365 days over a leap day
    ['aupay.apiKey', '2026-10-01', '2026-12-30'], // 90 days
    ['yahoo.publicKey', '2024-02-29', '2025-02-28'], // 1 year via months
    ['yahoo.publicKey', '2026-07-27', '2027-07-27'],
    ['qoo10.sellerAuthKey', '2027-12-31', '2028-12-31'],
    ['yahoo.certificate', '2026-05-31', '2027-05-31'],
    ['ponpare.apiPassword', '2026-12-01', null],
    ['rakuten.custom', '2026-12-01', null],
  ])('%s issued %s → %s', (id, issued, expected) => {
    expect(estimateExpiry(kind(id), issued)).toBe(expected)
  })
})

describe('deferredPaymentAppProfiles', () => {
  it('names every deferred-payment app, in order', () => {
    expect(deferredPaymentAppProfiles.map((p) => p.id)).toEqual([...deferredPaymentApps])
    for (const p of deferredPaymentAppProfiles) {
      expect(p.name.ja).toBeTruthy()
      expect(p.name.en).toBeTruthy()
    }
    expect(deferredPaymentAppProfiles.find((p) => p.id === 'atobarai_com')?.name.ja).toBe('後払い.com')
  })
})

describe('legacy methods', () => {
  it('hides the Yahoo! certificate from new setups unless asked, but keeps it for stored records', () => {
    const yahoo = (opts?: { includeLegacy?: boolean }) => selectableKindsFor('yahoo', opts).map((k) => k.id)
    expect(yahoo()).toEqual(['yahoo.authorization', 'yahoo.publicKey', 'yahoo.custom'])
    expect(yahoo({ includeLegacy: true })).toContain('yahoo.certificate')
    expect(credentialKindsFor('yahoo').map((k) => k.id)).toContain('yahoo.certificate')
    const cert = kind('yahoo.certificate')
    expect(cert.legacy).toMatchObject({ endedOn: '2023-07-27', replacedBy: 'yahoo.publicKey' })
    expect(credentialKind(cert.legacy!.replacedBy!)).toBeDefined()
  })

  it('has no legacy kind anywhere else', () => {
    const legacy = allKinds.filter((k) => k.legacy !== null).map((k) => k.id)
    expect(legacy).toEqual(['yahoo.certificate'])
  })
})

describe('what derives from the profiles', () => {
  it('the wizard renews a month ahead exactly the kinds whose profile says so, never a legacy one', () => {
    const expected = allKinds.filter((k) => k.renewalLead === 'monthBefore' && !k.legacy).map((k) => k.id)
    expect([...longLeadCredentialKinds]).toEqual(expected)
    expect(longLeadCredentialKinds).toEqual([
      'yahoo.publicKey',
      'amazon.spApi',
      'amazon.lwaClientSecret',
      'qoo10.sellerAuthKey',
    ])
    expect(longLeadCredentialKinds).not.toContain('yahoo.certificate')
  })

  it('the holiday-calendar steps go to exactly the malls whose profile names a calendar', () => {
    const expected = mallProfiles.filter((p) => p.holidayCalendar).map((p) => p.id)
    expect([...mallsWithHolidayCalendar]).toEqual(expected)
    for (const id of ['ponpare', 'makeshop', 'other', 'shopify'])
      expect(mallsWithHolidayCalendar).not.toContain(id)
  })

  it('the wizard names are the profile names', () => {
    for (const p of mallProfiles) expect(fallbackMallNames[p.id]).toEqual(p.name)
    for (const k of allKinds.filter((k) => !isCustomKind(k)))
      expect(fallbackCredentialKindNames[k.id]).toEqual(k.shortName)
    for (const a of deferredPaymentAppProfiles) expect(deferredPaymentAppNames[a.id]).toEqual(a.name)
    expect(Object.keys(deferredPaymentAppNames)).toEqual([...deferredPaymentApps])
  })

  it('english short names read inside a sentence (lower case unless a proper name)', () => {
    for (const k of allKinds) {
      const first = k.shortName.en.charAt(0)
      const properName = /^(API|SP-API|LWA|SFTP|WEB)/.test(k.shortName.en)
      if (!properName) expect(first, k.id).toBe(first.toLowerCase())
    }
  })

  it('ponpare stays a profile a shop can enable, labelled unconfirmed', () => {
    const p = mallProfile('ponpare')!
    expect(p.status).toBe('unconfirmed')
    expect(p.credentialKinds.length).toBeGreaterThan(0)
    expect(mallProfiles.filter((m) => m.status === 'unconfirmed').map((m) => m.id)).toEqual(['ponpare'])
  })
})
