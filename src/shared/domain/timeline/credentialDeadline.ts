import { addDays, diffDays } from '../isoDate'
import { expiryStatus, type ExpiryStatus } from '../expiry'
import type { CredentialKind } from '../malls'
import type { BusinessDayQueries, Closure, IsoDate } from '../types'
import type { Lifecycle } from './lifecycle'
import { urgencyOf, type Urgency } from './urgency'

/**
 * The one deadline of a credential, as every screen, reminder and printout shows it. The
 * expiry is judged against the lifecycle's risk closure (the first one not over), and the
 * do-by date is the renew-by business day that allows the kind's activation delay.
 */
export interface CredentialDeadline {
  status: ExpiryStatus
  /** The day to renew by: today at the latest (when the planned day has passed). */
  doBy: IsoDate
  /** The day it should have been renewed by; earlier than today when that day has passed. */
  plannedDoBy: IsoDate
  urgency: Urgency
  /** doBy − today: what "あと N 日" counts (the expiry is shown beside it). */
  daysToDoBy: number
  /**
   * The closure during which it ran out (its first day without it, stoppedSince, fell from the
   * closure's first day to the day before reopening): nobody was there to see imports stop.
   */
  expiredDuring: Closure | null
  /** The first day it no longer works (expiresOn + 1); imports have stopped since, once past. */
  stoppedSince: IsoDate
}

export function credentialDeadline(
  expiresOn: IsoDate,
  kind: CredentialKind,
  lifecycle: Lifecycle,
  calendar: BusinessDayQueries,
  marginDays?: number,
): CredentialDeadline {
  const today = lifecycle.today
  const status = expiryStatus(expiresOn, kind, {
    today,
    closure: lifecycle.riskClosure?.closure ?? null,
    calendar,
    marginDays,
  })
  // expiryStatus always gives a renew-by date; the fallbacks keep the type honest.
  const doBy = status.renewBy ?? today
  const plannedDoBy = status.plannedRenewBy ?? doBy
  const current = lifecycle.current
  const stoppedSince = addDays(expiresOn, 1)
  const expiredDuring =
    status.state === 'expired' &&
    current !== null &&
    stoppedSince >= current.closure.start &&
    stoppedSince < current.reopening
      ? current.closure
      : null
  return {
    status,
    doBy,
    plannedDoBy,
    urgency: urgencyOf(doBy, today, plannedDoBy),
    daysToDoBy: diffDays(doBy, today),
    expiredDuring,
    stoppedSince,
  }
}
