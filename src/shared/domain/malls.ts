import { addDays, addMonths } from './isoDate'
import type { Bilingual, IsoDate } from './types'
import { customKindId } from './malls/kindIds'
import { buildCustomKind, mallProfileData } from './malls/profiles'
import type { SourceRef, SourcedText } from './malls/sources'

/**
 * Mall profiles: which credentials each mall hands out, how long they live, how a shop renews
 * them and where the mall keeps its own holiday calendar. This is DATA (see malls/profiles.ts);
 * code elsewhere asks these lookups instead of testing `mall === 'rakuten'`.
 *
 * Custom credentials: every mall (including Shopify, BASE, makeshop and 'other') gets one extra
 * kind with the id `${mallId}.custom` ('rakuten.custom', 'base.custom', …): any name (the
 * credential's free label), an optional secret, and an expiry the user enters. It is NOT listed
 * in `MallProfile.credentialKinds`; `credentialKindsFor(mallId)` returns the mall's own kinds
 * followed by it, and `credentialKind('rakuten.custom')` finds it. Keeping the mall in the id
 * means every kind id says which mall it belongs to, like all the others.
 */

export interface SecretFieldSpec {
  id: string
  label: Bilingual
  /**
   * 'key': one token, no whitespace anywhere. 'password': may hold spaces, no line breaks.
   * 'privateKey': a PEM block, line breaks kept.
   */
  kind: 'key' | 'password' | 'privateKey'
  /** Length in characters (code points) after trimming. */
  minLength: number
  maxLength: number
  /**
   * Regex source of the allowed characters, written as a whole-string character class such as
   * '^[A-Za-z0-9_\\-]+$'. Each character is also tested alone to name the first bad one, so
   * keep it a `^[…]+$` class.
   */
  pattern?: string
  hint: Bilingual
}

export type CredentialLifetime = { days: number } | { months: number }

/**
 * A method the mall has ended but shops may still hold (Yahoo!'s .crt/.key certificate): kept
 * so existing records and the reference notice still make sense, left out of new setups.
 */
export interface LegacyMethod {
  endedOn: IsoDate
  /** The kind that replaced it, when there is one. */
  replacedBy: string | null
  note: Bilingual
  source: SourceRef
}

export interface CredentialKind {
  /** 'rakuten.licenseKey'; custom kinds are `${mallId}.custom`. */
  id: string
  mallId: string
  name: Bilingual
  /** The name inside a sentence ('{shop}: check the {credential}'): lower case in English. */
  shortName: Bilingual
  /** Told apart in the picker: shown after the name ('ライセンスキー(システム開発企業…)'). */
  choiceLabel: Bilingual | null
  /** Shown beside the kind when the user picks one (which order systems use it, …). */
  choiceHint: Bilingual | null
  /** null: nothing secret is held (e.g. an authorization done by logging in). */
  secret: SecretFieldSpec | null
  /** Custom credential: a secret may or may not be given. */
  secretOptional?: boolean
  /** null: only the mall's date counts (entered). */
  lifetime: CredentialLifetime | null
  /** Where the lifetime (or the absence of one) comes from. */
  lifetimeSource: SourceRef
  /** Why there is no lifetime, or what to know about it; null when the number says it all. */
  lifetimeNote: Bilingual | null
  expirySource: 'entered' | 'estimatedOrEntered' | 'certificate'
  issuedLabel: Bilingual
  /** Where the mall shows the true date. */
  whereToSeeDate: Bilingual
  /** Numbered how-to, one step per entry (no numbers in the text). */
  renewalSteps: { ja: string[]; en: string[] }
  /** Where the renewal path (steps and where to see the date) comes from. */
  renewalSource: SourceRef
  /** Limits and traps, each with its source. */
  pitfalls: SourcedText[]
  /**
   * Business days to keep between renewing and the last business day before a closure
   * (楽天: a new key needs 10 min–1.5 h before it works → 1).
   */
  activationBufferBusinessDays: number
  /** The mall's own advance mail, when it sends one. */
  advanceNotice: SourcedText | null
  /**
   * When the preparation renews it: 'monthBefore' for yearly keys whose renewal takes work and
   * is announced a month or two ahead, 'weekBefore' for the rest (the wizard reads this).
   */
  renewalLead: 'monthBefore' | 'weekBefore'
  /** Set when the mall has ended this method; such kinds are hidden from new setups. */
  legacy: LegacyMethod | null
  /** What the free label is for (Yahoo! function, custom name); null when a label is not needed. */
  labelHint: Bilingual | null
  /** Extra non-secret values shown beside the credential (Credential.meta keys). */
  metaFields: { id: string; label: Bilingual }[]
  /** Days before expiry at which to remind, descending; 0 = on the day. */
  reminderThresholds: number[]
}

export interface MallProfile {
  id: string
  name: Bilingual
  /** The mall's own kinds; the custom kind is added by credentialKindsFor(). */
  credentialKinds: CredentialKind[]
  /** Where the mall's own holiday calendar is set; null when we know of none. */
  holidayCalendar: { where: Bilingual; note: Bilingual | null; source: SourceRef } | null
  notes: SourcedText[]
  /** 'unconfirmed': kept so a shop can enable it, but whether the mall still runs is unknown. */
  status: 'active' | 'unconfirmed'
  /** Hosts of the mall's own consoles and help pages the app may open in the browser. */
  linkHosts: string[]
}

export { defaultReminderThresholds } from './malls/profiles'
export { customKindId, isCustomKind } from './malls/kindIds'

export const mallProfiles: readonly MallProfile[] = mallProfileData

const profileById = new Map(mallProfiles.map((p) => [p.id, p]))
const customKindByMall = new Map(mallProfiles.map((p) => [p.id, buildCustomKind(p.id)]))
const kindById = new Map<string, CredentialKind>()
for (const p of mallProfiles) {
  for (const k of p.credentialKinds) kindById.set(k.id, k)
  kindById.set(customKindId(p.id), customKindByMall.get(p.id)!)
}

export function mallProfile(id: string): MallProfile | undefined {
  return profileById.get(id)
}

/** Any kind id, custom ones included ('rakuten.custom'). Unknown ids → undefined. */
export function credentialKind(kindId: string): CredentialKind | undefined {
  return kindById.get(kindId)
}

/** The mall's own kinds followed by its custom kind; [] for an unknown mall. */
export function credentialKindsFor(mallId: string): CredentialKind[] {
  const profile = profileById.get(mallId)
  if (!profile) return []
  return [...profile.credentialKinds, customKindByMall.get(mallId)!]
}

/**
 * The kinds offered when a credential is added: the mall's own kinds and its custom kind,
 * without legacy methods unless asked for (a shop that still holds a Yahoo! certificate).
 */
export function selectableKindsFor(
  mallId: string,
  options: { includeLegacy?: boolean } = {},
): CredentialKind[] {
  return credentialKindsFor(mallId).filter((k) => options.includeLegacy || k.legacy === null)
}

/** Every kind of every mall, custom kinds included, in profile order. */
export function allCredentialKinds(): CredentialKind[] {
  return mallProfiles.flatMap((p) => credentialKindsFor(p.id))
}

/**
 * The expiry suggested by the kind's lifetime: issuedOn + lifetime (months clamp to the month's
 * end: 2026-11-30 + 3 months → 2027-02-28). null when the kind has no lifetime. Only a
 * suggestion: the date the mall shows is the truth.
 */
export function estimateExpiry(kind: CredentialKind, issuedOn: IsoDate): IsoDate | null {
  const life = kind.lifetime
  if (!life) return null
  return 'days' in life ? addDays(issuedOn, life.days) : addMonths(issuedOn, life.months)
}
