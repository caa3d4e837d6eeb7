import type { DayCache } from './dayCache'
import type { ClosureInfo, CredInfo, Member } from './members'
import { japanInstantAt } from './quietHours'
import {
  closurePhaseText,
  credentialTexts,
  type ClosurePhaseKind,
  type CredentialTexts,
  type ReminderText,
} from './text'
import type { Reminder } from './types'

/** A planned member made into the reminder the owner sees: texts, route, severity, instant. */

const PHASE_ROUTE: Record<ClosurePhaseKind, string> = {
  phaseMonthBefore: 'monthBefore',
  wizardStart: 'weekBefore',
  finalCheck: 'lastBusinessDay',
  afterReopening: 'afterReopening',
}

const PHASE_SEVERITY: Record<ClosurePhaseKind, Reminder['severity']> = {
  phaseMonthBefore: 'info',
  wizardStart: 'warning',
  finalCheck: 'warning',
  afterReopening: 'warning',
}

export interface Wording {
  instantOf(day: number, time: string): string
  /** Worded as shown on `shownDay`, so that a reminder shown late still counts its days true. */
  word(m: Member, day: number, time: string, shownDay: number): Reminder
}

/** Composed once per credential: the planner may word dozens of its reminders. */
function textsOf(info: CredInfo): CredentialTexts {
  return (info.texts ??= credentialTexts(info.cred, info.riskClosure))
}

function credentialReminder(
  m: Member,
  dueAt: string,
  info: CredInfo,
  text: ReminderText,
  severity: Reminder['severity'],
): Reminder {
  return {
    id: m.id,
    kind: m.kind,
    dueAt,
    subject: { type: 'credential', id: info.cred.id },
    route: `/shops?credential=${encodeURIComponent(info.cred.id)}`,
    title: text.title,
    body: text.body,
    severity,
  }
}

export function createWording(days: DayCache, notifyAt: string): Wording {
  const { dateOf } = days
  // Most reminders fire at notifyAt on one of a few hundred days: share those strings.
  const notifyInstants = new Map<number, string>()
  const instantOf = (day: number, time: string): string => {
    if (time !== notifyAt) return japanInstantAt(dateOf(day), time)
    let key = notifyInstants.get(day)
    if (key === undefined) notifyInstants.set(day, (key = japanInstantAt(dateOf(day), time)))
    return key
  }

  const word = (m: Member, day: number, time: string, shownDay: number): Reminder => {
    const dueAt = instantOf(day, time)
    if (m.cred !== null) {
      const info = m.cred
      const daysLeft = info.expiresDay - shownDay
      const text = textsOf(info).expiry(daysLeft, dateOf(shownDay))
      const severity = daysLeft <= 3 ? 'critical' : daysLeft <= 14 || info.riskClosure ? 'warning' : 'info'
      return credentialReminder(m, dueAt, info, text, severity)
    }
    const ci = m.closure as ClosureInfo
    if (ci.risk !== null) {
      const text = textsOf(ci.risk).closureRisk(ci.c, dateOf(shownDay))
      return credentialReminder(m, dueAt, ci.risk, text, 'critical')
    }
    const kind = m.kind as ClosurePhaseKind
    const text = closurePhaseText(kind, ci.c, ci.startDay - shownDay, ci.safeUntil, dateOf(shownDay))
    return {
      id: m.id,
      kind,
      dueAt,
      subject: { type: 'closure', id: ci.c.closure.id },
      route: `/prep?closure=${encodeURIComponent(ci.c.closure.id)}&phase=${PHASE_ROUTE[kind]}`,
      title: text.title,
      body: text.body,
      severity: PHASE_SEVERITY[kind],
    }
  }

  return { instantOf, word }
}
