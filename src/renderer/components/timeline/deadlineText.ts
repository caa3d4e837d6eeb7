import type { CredentialDeadline } from '@shared/domain/timeline/credentialDeadline'
import type { Urgency } from '@shared/domain/timeline/urgency'
import { diffDays } from '@shared/domain/isoDate'
import type { IsoDate } from '@shared/domain/types'
import type { TranslateFn } from '@renderer/i18n'

/**
 * The words of a do-by date, the same on every screen: 'あと7日' counts to the do-by day (not the
 * expiry, shown beside it), '今日まで', '期限を過ぎています'.
 */
export function urgencyText(urgency: Urgency, doBy: IsoDate, today: IsoDate, t: TranslateFn): string {
  const n = diffDays(doBy, today)
  return t(`timeline.urgency.${urgency}`, { n }, n)
}

export function deadlineUrgencyText(d: CredentialDeadline, today: IsoDate, t: TranslateFn): string {
  return urgencyText(d.urgency, d.doBy, today, t)
}

export const urgencyBadge: Record<Urgency, string> = {
  overdue: 'badge--critical',
  today: 'badge--critical',
  soon: 'badge--warning',
  later: 'badge--notice',
}
