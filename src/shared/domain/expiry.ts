import { formatDate } from './dateFormat'
import { addDays, diffDays, minDate, slashDate } from './isoDate'
import { isCustomKind, type CredentialKind } from './malls'
import type { Bilingual, BusinessDayQueries, Closure, IsoDate } from './types'

/**
 * Expiry status of a credential against the closure.
 *
 * Definitions (all dates inclusive calendar dates):
 * - `expiresOn` is the LAST day the credential works.
 * - daysLeft = expiresOn − today (0: works today only; negative: expired).
 * - The closure is the current or the next one (from the calendar). A closure that has already
 *   ended (closure.end < today) is ignored: the status is then computed as without a closure.
 * - Reopening R = calendar.nextBusinessDay(closure.end), or closure.end + 1 without a calendar.
 * - States, checked in this order:
 *   expired               expiresOn < today
 *   beforeClosure         today <= expiresOn < closure.start
 *   duringClosure         closure.start <= expiresOn <= closure.end
 *   afterReopeningMargin  closure.end < expiresOn <= R + marginDays (default 7), so a credential
 *                         that expires on R itself lands here
 *   ok                    later, or any unexpired credential when there is no closure
 * - Severity:
 *   expired, duringClosure, afterReopeningMargin → critical
 *   beforeClosure → critical when daysLeft <= 7, else warning
 *   ok with a closure → critical when daysLeft <= 7 (only possible with a small marginDays),
 *     notice when <= 30, else ok
 *   ok without a closure → critical when daysLeft <= 7, warning when <= 30, else ok
 *   and always critical when renewBy had to be moved up to today (see below).
 * - renewBy, the business day to renew by, never before today:
 *   byExpiry  = the last business day before expiresOn, moved back by
 *               kind.activationBufferBusinessDays business days;
 *   byClosure = the last business day before closure.start, moved back the same way (only
 *               while the closure has not started);
 *   expired → today; with a closure and state beforeClosure / duringClosure /
 *   afterReopeningMargin → the earlier of byClosure and byExpiry (byExpiry when the closure has
 *   started); ok → byExpiry. When that date is already past, renewBy = today and the severity
 *   becomes critical. Without a calendar "business day" means calendar day.
 *   Example: closure 2026-12-29 → 2027-01-03, weekends off, 楽天 (buffer 1): last business day
 *   2026-12-28 (Mon) → renewBy 2026-12-25 (Fri).
 * - rank (lower = more urgent) = 10 × severity (critical 0, warning 1, notice 2, ok 3)
 *   + state (expired 0, beforeClosure 1, duringClosure 2, afterReopeningMargin 3, ok 4).
 */

export type ExpiryState = 'expired' | 'beforeClosure' | 'duringClosure' | 'afterReopeningMargin' | 'ok'
export type Severity = 'critical' | 'warning' | 'notice' | 'ok'

export interface ExpiryContext {
  today: IsoDate
  closure: Closure | null
  calendar: BusinessDayQueries | null
  /** Days after reopening that still count as dangerous. Default 7. */
  marginDays?: number
}

export interface ExpiryStatus {
  state: ExpiryState
  severity: Severity
  /** expiresOn − today; negative when expired. */
  daysLeft: number
  /** First business day after the closure; null without a (current or next) closure. */
  reopening: IsoDate | null
  /** The business day to renew by (see the definitions above); today at the latest when late. */
  renewBy: IsoDate | null
  /** renewBy before it was moved up to today: earlier than today when the deadline has passed. */
  plannedRenewBy: IsoDate | null
  /** Lower = more urgent; for sorting. */
  rank: number
}

export const defaultMarginDays = 7

const severityOrder: Record<Severity, number> = { critical: 0, warning: 1, notice: 2, ok: 3 }
const stateOrder: Record<ExpiryState, number> = {
  expired: 0,
  beforeClosure: 1,
  duringClosure: 2,
  afterReopeningMargin: 3,
  ok: 4,
}

function prevBusinessDay(date: IsoDate, calendar: BusinessDayQueries | null): IsoDate {
  return calendar ? calendar.prevBusinessDay(date) : addDays(date, -1)
}

/** The last business day strictly before `date`, then `buffer` business days earlier. */
function renewalDeadline(date: IsoDate, buffer: number, calendar: BusinessDayQueries | null): IsoDate {
  let d = prevBusinessDay(date, calendar)
  for (let i = 0; i < buffer; i++) d = prevBusinessDay(d, calendar)
  return d
}

export function expiryStatus(expiresOn: IsoDate, kind: CredentialKind, ctx: ExpiryContext): ExpiryStatus {
  const { today, calendar } = ctx
  const margin = ctx.marginDays ?? defaultMarginDays
  const buffer = Math.max(0, kind.activationBufferBusinessDays)
  const daysLeft = diffDays(expiresOn, today)
  const closure = ctx.closure && ctx.closure.end >= today ? ctx.closure : null
  const reopening = closure
    ? calendar
      ? calendar.nextBusinessDay(closure.end)
      : addDays(closure.end, 1)
    : null

  let state: ExpiryState
  let severity: Severity
  let renewBy: IsoDate
  let plannedRenewBy: IsoDate

  if (expiresOn < today) {
    state = 'expired'
    severity = 'critical'
    renewBy = today
    plannedRenewBy = renewalDeadline(expiresOn, buffer, calendar)
  } else {
    const byExpiry = renewalDeadline(expiresOn, buffer, calendar)
    if (!closure || !reopening) {
      state = 'ok'
      severity = daysLeft <= 7 ? 'critical' : daysLeft <= 30 ? 'warning' : 'ok'
      renewBy = byExpiry
    } else {
      const byClosure = today < closure.start ? renewalDeadline(closure.start, buffer, calendar) : null
      const beforeClosing = byClosure ? minDate(byClosure, byExpiry) : byExpiry
      if (expiresOn < closure.start) {
        state = 'beforeClosure'
        severity = daysLeft <= 7 ? 'critical' : 'warning'
        renewBy = beforeClosing
      } else if (expiresOn <= closure.end) {
        state = 'duringClosure'
        severity = 'critical'
        renewBy = beforeClosing
      } else if (expiresOn <= addDays(reopening, margin)) {
        state = 'afterReopeningMargin'
        severity = 'critical'
        renewBy = beforeClosing
      } else {
        state = 'ok'
        severity = daysLeft <= 7 ? 'critical' : daysLeft <= 30 ? 'notice' : 'ok'
        renewBy = byExpiry
      }
    }
    plannedRenewBy = renewBy
    if (renewBy < today) {
      renewBy = today
      severity = 'critical'
    }
  }

  return {
    state,
    severity,
    daysLeft,
    reopening,
    renewBy,
    plannedRenewBy,
    rank: severityOrder[severity] * 10 + stateOrder[state],
  }
}

/**
 * "What to do first": by the day to renew by (the one do-by date every screen shows), then by
 * severity and state (rank), then by days left; equal items keep their order. A credential
 * without a deadline (none in the statuses this module makes) sorts by its rank alone.
 */
export function sortByUrgency<T>(items: T[], statusOf: (t: T) => ExpiryStatus): T[] {
  return items
    .map((item, index) => ({ item, index, status: statusOf(item) }))
    .sort(
      (a, b) =>
        compareDeadline(a.status.renewBy, b.status.renewBy) ||
        a.status.rank - b.status.rank ||
        a.status.daysLeft - b.status.daysLeft ||
        a.index - b.index,
    )
    .map((e) => e.item)
}

function compareDeadline(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}

// ───────────────────────────── advice text ─────────────────────────────

/** '2026/12/25(金)' / 'Fri 2026/12/25'. */
const dateJa = (date: IsoDate): string => formatDate(date, 'ja', 'full')
const dateEn = (date: IsoDate): string => formatDate(date, 'en', 'full')

function lowerFirst(text: string): string {
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)
}

/**
 * One or two sentences for a credential, Japanese and English, e.g.
 * 「楽天市場 サンプル店のライセンスキーは休業中の 2026/12/31(木) に期限が切れます。
 *  2026/12/25(金) までに更新してください。」
 * The free label is added to the kind's name in brackets; for a custom kind it is the name.
 * `estimated`: the expiry was computed from the kind's lifetime, not read from the mall.
 */
export function credentialAdvice(input: {
  shopName: string
  mallName: Bilingual
  kind: CredentialKind
  credentialLabel: string
  expiresOn: IsoDate
  status: ExpiryStatus
  estimated: boolean
  /** The closure during which it ran out, when it did (the plan's credentialDeadline says). */
  expiredDuring?: Closure | null
}): Bilingual {
  const { shopName, mallName, kind, expiresOn, status, estimated } = input
  const label = input.credentialLabel.trim()
  const custom = isCustomKind(kind)

  const whatJa = custom && label ? `「${label}」` : label ? `${kind.name.ja}「${label}」` : kind.name.ja
  const whatEn =
    custom && label ? `“${label}”` : `the ${lowerFirst(kind.name.en)}${label ? ` “${label}”` : ''}`
  const subjectJa = `${mallName.ja} ${shopName}の${whatJa}`
  const subjectEn = `${shopName} (${mallName.en}): ${whatEn}`

  const expJa = dateJa(expiresOn)
  const expEn = dateEn(expiresOn)
  const renewBy = status.renewBy
  const renewToday = renewBy !== null && status.daysLeft >= 0 && renewBy === todayOf(status, expiresOn)
  const renewJa = !renewBy
    ? ''
    : renewToday
      ? '今日のうちに更新してください。'
      : `${dateJa(renewBy)} までに更新してください。`
  const renewEn = !renewBy ? '' : renewToday ? 'Renew it today.' : `Renew it by ${dateEn(renewBy)}.`
  const left = status.daysLeft
  const leftJa = left === 0 ? '今日まで' : `あと${left}日`
  const leftEn = left === 0 ? 'last day today' : `in ${left} day${left === 1 ? '' : 's'}`

  let ja: string
  let en: string
  switch (status.state) {
    case 'expired': {
      // The first day without it: what the shop sees is imports stopping from that day.
      const stopped = addDays(expiresOn, 1)
      if (input.expiredDuring) {
        ja = `${subjectJa}は休業中の ${expJa} で期限が切れ、${dateJa(stopped)} から受注の取り込みや在庫連携が止まっています。今すぐ更新してください。`
        en = `${subjectEn} ran out during the closure (valid until ${expEn}): order import and stock sync have stopped since ${dateEn(stopped)}. Renew it now.`
      } else {
        ja = `${subjectJa}は ${expJa} で期限が切れています(${dateJa(stopped)} から受注の取り込みが止まっています)。今すぐ更新してください。`
        en = `${subjectEn} expired on ${expEn} (order import has stopped since ${dateEn(stopped)}). Renew it now.`
      }
      break
    }
    case 'beforeClosure':
      ja = `${subjectJa}は休業前の ${expJa} に期限が切れます(${leftJa})。${renewJa}`
      en = `${subjectEn} expires on ${expEn}, before the closure (${leftEn}). ${renewEn}`
      break
    case 'duringClosure':
      ja = `${subjectJa}は休業中の ${expJa} に期限が切れます。${renewJa}`
      en = `${subjectEn} expires on ${expEn}, during the closure. ${renewEn}`
      break
    case 'afterReopeningMargin':
      ja = `${subjectJa}は休業明けまもない ${expJa} に期限が切れます。休み明けは慌ただしいので、休業に入る前に更新しておきましょう。${renewJa}`
      en = `${subjectEn} expires on ${expEn}, soon after the closure, when there is little time to spare. Renew it before the closure. ${renewEn}`
      break
    case 'ok':
      if (status.severity === 'ok') {
        ja = `${subjectJa}の期限は ${expJa} です(${leftJa})。今のところ対応は要りません。`
        en = `${subjectEn} expires on ${expEn} (${leftEn}). Nothing to do yet.`
      } else {
        ja = `${subjectJa}の期限は ${expJa} です(${leftJa})。${renewJa}`
        en = `${subjectEn} expires on ${expEn} (${leftEn}). ${renewEn}`
      }
      break
  }

  const buffer = kind.activationBufferBusinessDays
  if (buffer > 0 && renewBy && !renewToday && status.state !== 'expired' && status.severity !== 'ok') {
    ja += `新しいものが使えるようになるまで時間がかかるため、${buffer}営業日の余裕をみた日付です。`
    en += ` This date leaves ${buffer} business day${buffer === 1 ? '' : 's'} for the new one to start working.`
  }
  // A method the mall has ended (Yahoo!'s certificate): the date alone is not the whole story.
  if (kind.legacy) {
    const ended = slashDate(kind.legacy.endedOn)
    ja += `この方式は ${ended} に終了しています。期限の前に新しい方式へ切り替えてください。`
    en += ` This method ended on ${ended}: switch to its replacement before the date.`
  }
  if (estimated) {
    ja += `(${expJa} は推定日です。モールの管理画面で正しい日付を確認してください)`
    en += ` (${expEn} is an estimate: check the exact date in the mall’s console.)`
  }
  return { ja, en }
}

/** today = expiresOn − daysLeft (the status carries daysLeft, not today). */
function todayOf(status: ExpiryStatus, expiresOn: IsoDate): IsoDate {
  return addDays(expiresOn, -status.daysLeft)
}
