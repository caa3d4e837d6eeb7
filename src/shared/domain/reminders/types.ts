import type { Bilingual, Closure, IsoDate } from '../types'
import type { ReminderSettings } from './settings'

/** What the planner is given and what it answers; the shapes main, the log and the 通知 screen share. */

export type ReminderKind =
  | 'credentialExpiry'
  | 'credentialExpired'
  | 'closureRisk'
  | 'wizardStart'
  | 'finalCheck'
  | 'afterReopening'
  | 'phaseMonthBefore'

export interface CredentialForReminders {
  id: string
  shopName: string
  mallName: Bilingual
  kindId: string
  kindName: Bilingual
  label: string
  expiresOn: IsoDate
  /**
   * The action plan's renew-by day for it (before being moved up to today), so that reminders
   * name the same date as every screen; null or absent: the texts name none.
   */
  renewBy?: IsoDate | null
}

/** A closure with the days the calendar computed for it (the caller asks the calendar). */
export interface ClosureForReminders {
  closure: Closure
  lastBusinessDay: IsoDate
  reopening: IsoDate
}

/**
 * One row of the log the scheduler keeps: appended when a reminder fires ('fired') or is
 * superseded, and when the owner snoozes or dismisses a notification. A reminder enters the log
 * only on or after the day it was planned for; the planner relies on that and does not look up
 * credential thresholds planned for a later day (so only a clock set back by days could repeat
 * one).
 */
export interface FiredEntry {
  reminderId: string
  /** ISO instant. */
  firedAt: string
  state: 'fired' | 'snoozed' | 'dismissed' | 'superseded'
  snoozedUntil: string | null
}

export interface Reminder {
  /** Stable identity (subject + kind + threshold): the key of the fired log. */
  id: string
  kind: ReminderKind
  /**
   * 'YYYY-MM-DDTHH:MM:00+09:00'. Due and superseded: the instant it was planned (or snoozed)
   * for, earlier than now after a catch-up. Upcoming: when it will really fire, after quiet
   * hours and a pause.
   */
  dueAt: string
  subject: { type: 'credential' | 'closure'; id: string }
  /** Where a click on the notification opens the app. */
  route: string
  title: Bilingual
  body: Bilingual
  severity: 'critical' | 'warning' | 'info'
}

export interface PlanInput {
  /** ISO instant, any offset. */
  now: string
  credentials: CredentialForReminders[]
  closures: ClosureForReminders[]
  settings: ReminderSettings
  /** The log in the order it was written: for one reminder, a later entry overrides an earlier one. */
  fired: FiredEntry[]
  /**
   * At most this many upcoming reminders are worded and returned, the earliest first; default
   * defaultUpcomingLimit. nextDueAt does not depend on it. With 10,000 credentials about 50,000
   * reminders lie ahead: wording them all (Infinity) takes several times longer than the plan.
   */
  upcomingLimit?: number
}

export interface Plan {
  /** Notify now, then record each as 'fired'. */
  due: Reminder[]
  /** Record each as 'superseded': a newer reminder of the same subject said it already. */
  superseded: Reminder[]
  /** Still ahead (including snoozed and held back by quiet hours or a pause), by dueAt. */
  upcoming: Reminder[]
  /** When to plan again: the first dueAt of everything ahead (also past upcomingLimit), or null. */
  nextDueAt: string | null
}
