import type { PlanContext } from './context'
import { closureRiskMember, expiredMember, thresholdMember, type ClosureInfo, type CredInfo } from './members'
import { EXPIRED, EXPIRED_GRACE_DAYS, type Threshold, type Thresholds } from './thresholds'
import type { CredentialForReminders } from './types'

/**
 * A credential's reminders: the risk it poses to a closure it expires in, the thresholds
 * before its expiry, and the 'expired' one after.
 */

/** How far ahead 'expired' reminders are listed among the upcoming ones (the 通知 screen shows 30 days). */
const EXPIRED_LOOKAHEAD_DAYS = 31

export function settleCredentials(
  credentials: CredentialForReminders[],
  closures: ClosureInfo[],
  thresholds: Thresholds,
  ctx: PlanContext,
): void {
  const { days, settler } = ctx
  const { todayDay, nowTime } = ctx.clock
  const { notifyAt } = ctx.settings
  for (const cred of credentials) {
    const expiresDay = days.dayNumber(cred.expiresOn)
    if (Number.isNaN(expiresDay)) continue
    const info: CredInfo = { cred, expiresDay, riskClosure: null, texts: null }
    // The closures this expiry endangers: from the first closed day to reopening + margin.
    for (const ci of closures) {
      if (expiresDay < ci.startDay || cred.expiresOn > ci.safeUntil) continue
      info.riskClosure ??= ci.c
      // Only while it can still be prevented; once expired, the expiry reminders say so.
      if (expiresDay < todayDay) continue
      settler.settle(false, closureRiskMember(info, ci, todayDay, nowTime))
    }
    const list = thresholds.forKind(cred.kindId)
    // A kind whose reminders are switched off (no thresholds) gets no 'expired' one either.
    if (list.length === 0) continue
    let newerShown = false
    if (expiresDay < todayDay) {
      // The newest of the credential's reminders: a threshold still waiting is superseded.
      settler.settle(false, expiredMember(info, notifyAt))
      // Thresholds long past are not looked at again (nor written to the log again); a recent
      // one never shown is superseded: "expires today" is no longer true.
      if (expiresDay + EXPIRED_GRACE_DAYS < todayDay) continue
      newerShown = true
    } else if (
      expiresDay + 1 <= todayDay + EXPIRED_LOOKAHEAD_DAYS ||
      (list[list.length - 1] as Threshold).days >= expiresDay - todayDay
    ) {
      // Listed ahead only when near (the 通知 screen shows a month) or when no threshold of its
      // own comes before it (nextDueAt then depends on it): 10,000 credentials stay cheap.
      settler.schedule(info, EXPIRED, expiresDay + 1, notifyAt)
    }
    for (let i = list.length - 1; i >= 0; i--) {
      const t = list[i] as Threshold
      const day = expiresDay - t.days
      // A later day has not come and cannot be in the log: no look-up, no object yet.
      if (day > todayDay) settler.schedule(info, t, day, notifyAt)
      else newerShown = settler.settle(newerShown, thresholdMember(info, t, notifyAt))
    }
  }
}
