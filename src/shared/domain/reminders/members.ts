import type { IsoDate } from '../types'
import type { ClosurePhaseKind, CredentialTexts } from './text'
import { EXPIRED, type Threshold } from './thresholds'
import type { ClosureForReminders, CredentialForReminders, ReminderKind } from './types'

/**
 * What the plan holds of a reminder before it is worded, and the reminder ids. An id is a
 * reminder's identity in the fired log, so every id format is written here and nowhere else:
 * changing one would repeat what the log says has been told.
 */

export interface Member {
  id: string
  kind: ReminderKind
  /** Planned day (day number) and time ('HH:MM', Japan). */
  day: number
  time: string
  cred: CredInfo | null
  closure: ClosureInfo | null
}

export interface CredInfo {
  cred: CredentialForReminders
  expiresDay: number
  /** The first closure the expiry falls in (or just after): worded into the expiry reminders. */
  riskClosure: ClosureForReminders | null
  texts: CredentialTexts | null
}

export interface ClosureInfo {
  c: ClosureForReminders
  startDay: number
  safeUntil: IsoDate
  /** For a closureRisk reminder: the credential at risk. */
  risk: CredInfo | null
}

export const CREDENTIAL_EXPIRY_PREFIX = 'credentialExpiry:'

export function thresholdMember(info: CredInfo, t: Threshold, notifyAt: string): Member {
  if (t === EXPIRED) return expiredMember(info, notifyAt)
  return {
    // expiresOn is part of the id, so a renewed credential starts with fresh reminders.
    id: `${CREDENTIAL_EXPIRY_PREFIX}${info.cred.id}:${info.cred.expiresOn}:${t.text}`,
    kind: 'credentialExpiry',
    day: info.expiresDay - t.days,
    time: notifyAt,
    cred: info,
    closure: null,
  }
}

/**
 * "Expired: order import has stopped": planned for the first day without the credential, and
 * fired once whenever it is found, however long the PC was off (the id carries the expiry
 * date, so a renewal or a corrected date starts afresh).
 */
export function expiredMember(info: CredInfo, notifyAt: string): Member {
  return {
    id: `credentialExpired:${info.cred.id}:${info.cred.expiresOn}`,
    kind: 'credentialExpired',
    day: info.expiresDay + 1,
    time: notifyAt,
    cred: info,
    closure: null,
  }
}

/** "As soon as it is known": planned for this very minute. */
export function closureRiskMember(info: CredInfo, ci: ClosureInfo, day: number, time: string): Member {
  const { cred } = info
  return {
    id: `closureRisk:${cred.id}:${cred.expiresOn}:${ci.c.closure.id}`,
    kind: 'closureRisk',
    day,
    time,
    cred: null,
    closure: { ...ci, risk: info },
  }
}

/** The closure's start is part of the id: a moved closure is reminded of afresh. */
export function phaseMember(
  kind: ClosurePhaseKind,
  info: ClosureInfo,
  day: number,
  notifyAt: string,
): Member {
  const { closure } = info.c
  return {
    id: `${kind}:${closure.id}:${closure.start}`,
    kind,
    day,
    time: notifyAt,
    cred: null,
    closure: info,
  }
}
