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
  type CredentialKind,
} from '../../src/shared/domain/malls'
import { deferredPaymentAppProfiles } from '../../src/shared/domain/deferredPaymentApps'
import { deferredPaymentApps } from '../../src/shared/domain/types'

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
      'yahoo.authorization',
      'yahoo.publicKey',
      'yahoo.certificate',
      'ponpare.apiPassword',
      'amazon.spApi',
      'aupay.apiKey',
      'qoo10.sellerAuthKey',
    ])
    expect(new Set(allKinds.map((k) => k.id)).size).toBe(allKinds.length)
  })

  it.each(allKinds.map((k) => [k.id, k] as const))('%s is complete in both languages', (id, k) => {
    expect(id.startsWith(`${k.mallId}.`)).toBe(true)
    expect(mallProfile(k.mallId)).toBeDefined()
    expect(credentialKind(id)).toBe(k)
    for (const text of [k.name, k.issuedLabel, k.whereToSeeDate, ...k.pitfalls]) {
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

  it.each([
    ['rakuten.licenseKey', 'key', { months: 3 }, 1],
    ['yahoo.authorization', null, { days: 28 }, 0],
    ['yahoo.publicKey', null, { months: 12 }, 0],
    ['yahoo.certificate', 'privateKey', { months: 12 }, 0],
    ['ponpare.apiPassword', 'password', null, 0],
    ['amazon.spApi', null, { days: 365 }, 0],
    ['aupay.apiKey', 'key', { days: 90 }, 0],
    ['qoo10.sellerAuthKey', 'key', { months: 12 }, 0],
  ] as const)('%s: secret %s, lifetime %o, buffer %i', (id, secretKind, lifetime, buffer) => {
    const k = kind(id)
    expect(k.secret?.kind ?? null).toBe(secretKind)
    expect(k.lifetime).toEqual(lifetime)
    expect(k.activationBufferBusinessDays).toBe(buffer)
  })

  it('holds the mall-specific details', () => {
    expect(kind('yahoo.authorization').reminderThresholds).toEqual([14, 7, 3, 1, 0])
    expect(kind('yahoo.authorization').labelHint).not.toBeNull()
    expect(kind('yahoo.publicKey').metaFields.map((f) => f.id)).toContain('version')
    expect(kind('yahoo.certificate').expirySource).toBe('certificate')
    expect(kind('yahoo.certificate').secret?.maxLength).toBe(20000)
    expect(kind('ponpare.apiPassword').expirySource).toBe('entered')
    expect(kind('rakuten.licenseKey').advanceNotice?.ja).toContain('1週間')
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
    expect(credentialKindsFor('rakuten').map((k) => k.id)).toEqual(['rakuten.licenseKey', 'rakuten.custom'])
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
    ['rakuten.licenseKey', '2026-11-30', '2027-02-28'], // month end clamps
    ['rakuten.licenseKey', '2027-11-30', '2028-02-29'], // leap year
    ['rakuten.licenseKey', '2026-10-01', '2027-01-01'],
    ['rakuten.licenseKey', '2026-12-31', '2027-03-31'],
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
