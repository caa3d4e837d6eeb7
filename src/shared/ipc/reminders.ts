import { z } from 'zod'
import type { ReminderKind } from '../domain/reminders'
import type { Bilingual } from '../domain/types'
import { channel } from './channel'
import { MAX_THRESHOLD_DAYS, MAX_THRESHOLDS, MAX_WIZARD_LEAD_DAYS } from './remindersRules'
import { empty, hhmm } from './schemas'

/**
 * Reminders and notifications: what the scheduler has shown and will show, snooze and
 * dismiss, and the reminder settings. Instants are 'YYYY-MM-DDTHH:MM:SS+09:00' (Japan time).
 */

// The limits, snooze options and settings rules live in a file the renderer can import
// (zod/mini, not these channel schemas).
export {
  MAX_THRESHOLD_DAYS,
  MAX_THRESHOLDS,
  MAX_WIZARD_LEAD_DAYS,
  reminderSettingsErrors,
  reminderSettingsProblems,
  snoozeOptions,
  type SettingsProblem,
  type SnoozeOption,
} from './remindersRules'

/** One reminder, worded in both languages. */
export interface ReminderItem {
  /** Stable identity (subject + kind + threshold). */
  id: string
  kind: ReminderKind
  /** When it is (or was) planned to appear. */
  dueAt: string
  title: Bilingual
  body: Bilingual
  /** Where it opens the app: '/shops?credential=…' or '/prep?closure=…&phase=…'. */
  route: string
  severity: 'critical' | 'warning' | 'info'
}

export interface UpcomingReminder extends ReminderItem {
  /** It was shown before and comes back because the owner snoozed it. */
  snoozed: boolean
}

/**
 * 'active': shown and waiting for the owner; 'snoozed': comes back at snoozedUntil;
 * 'dismissed': the owner closed it; 'replaced': a newer reminder about the same thing was shown.
 */
/** withdrawn: its subject changed (renewed, date corrected, deleted) and it no longer holds. */
export type HistoryState = 'active' | 'snoozed' | 'dismissed' | 'replaced' | 'withdrawn'

export interface HistoryReminder extends ReminderItem {
  /** When it was last shown. */
  firedAt: string
  state: HistoryState
  snoozedUntil: string | null
}

export interface ReminderList {
  /** The app's now (Japan time), so the screen counts days from the same clock as main. */
  now: string
  /** Ahead within the next 30 days, soonest first (snoozed ones included, at their new time). */
  upcoming: UpcomingReminder[]
  /** What has been shown, newest first (at most 200). */
  history: HistoryReminder[]
  /** When the next reminder appears (also past the 30 days), or null. */
  nextDueAt: string | null
  /** Reminders are held until this instant ("pause for today"), or null. */
  pausedUntil: string | null
}

/** What the owner can change (the channel's input, as its schema below says). */
export type EditableReminderSettings = z.infer<typeof reminderSettingsInput>

export interface ReminderSettingsView extends EditableReminderSettings {
  pausedUntil: string | null
  /** The profiles' recommendation per kind (for "back to recommended"). */
  recommended: { thresholdsByKind: Record<string, number[]>; customThresholds: number[] }
  /** Kind ids of the credentials the shop has registered (shown first). */
  kindsInUse: string[]
}

/** Reminder ids are built from ids, dates and numbers: 'credentialExpiry:<uuid>:2027-01-01:14'. */
const reminderId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_.:-]+$/)

const thresholds = z
  .array(z.number().int().min(0).max(MAX_THRESHOLD_DAYS))
  .max(MAX_THRESHOLDS)
  .refine((list) => new Set(list).size === list.length, { message: 'unique' })

/** Days before expiry; 0 = on the day itself. The rules beyond the shape: remindersRules.ts. */
export const reminderSettingsInput = z
  .object({
    /** Credential kind id → days before expiry. Every kind of the mall profiles has an entry. */
    thresholdsByKind: z
      .record(z.string().max(64), thresholds)
      .refine((r) => Object.keys(r).length <= 100, { message: 'too many kinds' }),
    /** For credentials the shop registered under its own name (custom kinds). */
    customThresholds: thresholds,
    /** The "start preparing" reminder comes this many days before the closure's first day. */
    wizardLeadDays: z.number().int().min(1).max(MAX_WIZARD_LEAD_DAYS),
    /** 'HH:MM': the time of day reminders appear. */
    notifyAt: hhmm,
    /** 'HH:MM', Japan time; `start` may be later than `end` (quiet over midnight). */
    quietHours: z.object({ start: hhmm, end: hhmm }).strict().nullable(),
  })
  .strict()

export const remindersChannels = {
  listReminders: channel<ReminderList>()(empty),
  snoozeReminder: channel<ReminderList>()(
    z.object({ id: reminderId, option: z.enum(['1h', 'tomorrow', '3d']) }).strict(),
  ),
  dismissReminder: channel<ReminderList>()(z.object({ id: reminderId }).strict()),
  getReminderSettings: channel<ReminderSettingsView>()(empty),
  saveReminderSettings: channel<ReminderSettingsView>()(reminderSettingsInput),
  /** Holds every reminder until tomorrow 00:00 (Japan time). */
  pauseRemindersToday: channel<{ pausedUntil: string | null }>()(empty),
  resumeReminders: channel<{ pausedUntil: string | null }>()(empty),
}
