/**
 * Shared data shapes of the domain. Pure types: imported by main, preload, renderer and tests.
 * Dates are calendar dates as 'YYYY-MM-DD' strings (Japan's calendar, never a UTC timestamp).
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string

/** Text in both languages the app speaks; Japanese first. */
export interface Bilingual {
  ja: string
  en: string
}

export type Lang = 'ja' | 'en'

/** A closure period of the shop, first and last day inclusive. */
export interface Closure {
  id: string
  name: string
  start: IsoDate
  end: IsoDate
}

/** The business calendar: one setting for all shops, like the order system's own. */
export interface CalendarSettings {
  /** Weekdays that are never business days: 0 = Sunday … 6 = Saturday. Default [0, 6]. */
  weeklyOff: number[]
  /** Japanese public holidays are non-business days. Default true. */
  useHolidays: boolean
  closures: Closure[]
  /** Open although the day is a weekend, holiday or inside a closure. */
  extraBusinessDays: IsoDate[]
  /** Closed although the day would be a business day. */
  extraNonBusinessDays: IsoDate[]
  /** Orders placed at or after this time ship as if placed the next business day. 'HH:MM'. */
  cutoffTime: string
  /** Business days from the order's processing day to its ship date. */
  leadTimeDays: number
  /**
   * Days after the reopening day that still belong to the closure (its reopening checks, the
   * one-week mail window): the dashboard and the wizard stay on the closure until then. 14–60.
   */
  followUpDays: number
}

export const defaultCalendarSettings: CalendarSettings = {
  weeklyOff: [0, 6],
  useHolidays: true,
  closures: [],
  extraBusinessDays: [],
  extraNonBusinessDays: [],
  cutoffTime: '12:00',
  leadTimeDays: 1,
  followUpDays: 14,
}

export type DeferredPaymentApp = 'atobarai_com' | 'atodene' | 'nissen' | 'kuroneko' | 'other'

export const deferredPaymentApps: readonly DeferredPaymentApp[] = [
  'atobarai_com',
  'atodene',
  'nissen',
  'kuroneko',
  'other',
]

export interface Shop {
  id: string
  name: string
  mallId: string
  active: boolean
  deferredPaymentApps: DeferredPaymentApp[]
  notes: string
  createdAt: string
  updatedAt: string
}

/** Where a credential's expiry date comes from. */
export type ExpirySource = 'entered' | 'estimated' | 'certificate'

export interface Credential {
  id: string
  shopId: string
  /** Id of a CredentialKind in the mall profiles, e.g. 'rakuten.licenseKey'. */
  kindId: string
  /** Free label: the Yahoo! function ('注文管理'), a custom credential's name, … */
  label: string
  /** Issue or authorization date, when known. */
  issuedOn: IsoDate | null
  expiresOn: IsoDate
  expirySource: ExpirySource
  /** A secret for this credential is held in the OS keychain. */
  hasSecret: boolean
  /** A masked hint of the secret (e.g. '••••AB12'), never the secret itself. */
  secretHint: string
  /** Public-key version, certificate subject, … shown beside the credential. */
  meta: Record<string, string>
  createdAt: string
  updatedAt: string
}

/**
 * The questions every domain module may ask the business calendar. The calendar module
 * implements a superset; expiry, reminders and the wizard depend only on this.
 */
export interface BusinessDayQueries {
  isBusinessDay(date: IsoDate): boolean
  /** The first business day strictly after `date`. */
  nextBusinessDay(date: IsoDate): IsoDate
  /** The last business day strictly before `date`. */
  prevBusinessDay(date: IsoDate): IsoDate
}
