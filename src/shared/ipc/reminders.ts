import { z } from 'zod'
import { credentialKind, isCustomKind } from '../domain/malls'
import type { ReminderKind } from '../domain/reminders'
import type { Bilingual } from '../domain/types'
import { channel } from './channel'
import { empty, hhmm } from './schemas'

/**
 * Reminders and notifications (issue 5): what the scheduler has shown and will show, snooze and
 * dismiss, and the reminder settings. Instants are 'YYYY-MM-DDTHH:MM:SS+09:00' (Japan time).
 */

export type SnoozeOption = '1h' | 'tomorrow' | '3d'
export const snoozeOptions: readonly SnoozeOption[] = ['1h', 'tomorrow', '3d']

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
export type HistoryState = 'active' | 'snoozed' | 'dismissed' | 'replaced'

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

export interface QuietHoursSetting {
  /** 'HH:MM', Japan time; may be later than `end` (quiet over midnight). */
  start: string
  end: string
}

/** What the owner can change. Days before expiry; 0 = on the day itself. */
export interface EditableReminderSettings {
  /** Credential kind id → days before expiry. Every kind of the mall profiles has an entry. */
  thresholdsByKind: Record<string, number[]>
  /** For credentials the shop registered under its own name (custom kinds). */
  customThresholds: number[]
  /** The "start preparing" reminder comes this many days before the closure's first day. */
  wizardLeadDays: number
  /** 'HH:MM': the time of day reminders appear. */
  notifyAt: string
  quietHours: QuietHoursSetting | null
}

export interface ReminderSettingsView extends EditableReminderSettings {
  pausedUntil: string | null
  /** The profiles' recommendation per kind (for "back to recommended"). */
  recommended: { thresholdsByKind: Record<string, number[]>; customThresholds: number[] }
  /** Kind ids of the credentials the shop has registered (shown first). */
  kindsInUse: string[]
}

export const MAX_THRESHOLDS = 10
export const MAX_THRESHOLD_DAYS = 365
export const MAX_WIZARD_LEAD_DAYS = 60

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

export const reminderSettingsInput = z
  .object({
    thresholdsByKind: z
      .record(z.string().max(64), thresholds)
      .refine((r) => Object.keys(r).length <= 100, { message: 'too many kinds' }),
    customThresholds: thresholds,
    wizardLeadDays: z.number().int().min(1).max(MAX_WIZARD_LEAD_DAYS),
    notifyAt: hhmm,
    quietHours: z.object({ start: hhmm, end: hhmm }).strict().nullable(),
  })
  .strict()

export interface SettingsProblem {
  /** 'notifyAt', 'quietHours', 'wizardLeadDays', 'customThresholds' or 'thresholdsByKind.<kind id>'. */
  field: string
  message: Bilingual
}

function kindLabel(kindId: string): Bilingual {
  const kind = credentialKind(kindId)
  return kind ? kind.name : { ja: kindId, en: kindId }
}

function thresholdProblem(list: unknown, field: string, name: Bilingual): SettingsProblem | null {
  const say = (ja: string, en: string): SettingsProblem => ({ field, message: { ja, en } })
  if (!Array.isArray(list)) return say(`${name.ja}の日数を入れてください。`, `Enter the days for ${name.en}.`)
  if (list.length > MAX_THRESHOLDS) {
    return say(
      `${name.ja}の通知日は${MAX_THRESHOLDS}個までにしてください。`,
      `Keep to ${MAX_THRESHOLDS} reminder days for ${name.en}.`,
    )
  }
  for (const n of list) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_THRESHOLD_DAYS) {
      return say(
        `${name.ja}の日数は 0〜${MAX_THRESHOLD_DAYS} の整数で入れてください(0 は期限の当日)。`,
        `Days for ${name.en} must be whole numbers from 0 to ${MAX_THRESHOLD_DAYS} (0 is the day itself).`,
      )
    }
  }
  if (new Set(list).size !== list.length) {
    return say(
      `${name.ja}に同じ日数が2回入っています。`,
      `The same number of days appears twice for ${name.en}.`,
    )
  }
  return null
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * Every problem of a settings input, worded for a shop owner (the screen shows them next to the
 * fields before saving; main checks again and refuses with the first).
 */
export function reminderSettingsProblems(input: EditableReminderSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = []
  if (!TIME.test(input.notifyAt)) {
    problems.push({
      field: 'notifyAt',
      message: {
        ja: '通知する時刻は 09:00 のように 時:分 で入れてください。',
        en: 'Enter the reminder time as hours:minutes, for example 09:00.',
      },
    })
  }
  const q = input.quietHours
  if (q !== null) {
    if (!TIME.test(q.start) || !TIME.test(q.end)) {
      problems.push({
        field: 'quietHours',
        message: {
          ja: '通知しない時間帯の始まりと終わりを 22:00 のように 時:分 で入れてください。',
          en: 'Enter the start and end of the quiet hours as hours:minutes, for example 22:00.',
        },
      })
    } else if (q.start === q.end) {
      problems.push({
        field: 'quietHours',
        message: {
          ja: '通知しない時間帯の始まりと終わりが同じ時刻です。',
          en: 'The quiet hours start and end at the same time.',
        },
      })
    } else if (TIME.test(input.notifyAt) && isQuiet(input.notifyAt, q)) {
      problems.push({
        field: 'quietHours',
        message: {
          ja: `通知する時刻(${input.notifyAt})が通知しない時間帯に入っています。お知らせは時間帯が終わる ${q.end} に出ます。`,
          en: `The reminder time (${input.notifyAt}) lies inside the quiet hours: reminders would wait until ${q.end}.`,
        },
      })
    }
  }
  if (
    !Number.isInteger(input.wizardLeadDays) ||
    input.wizardLeadDays < 1 ||
    input.wizardLeadDays > MAX_WIZARD_LEAD_DAYS
  ) {
    problems.push({
      field: 'wizardLeadDays',
      message: {
        ja: `休業準備のお知らせは、休業の 1〜${MAX_WIZARD_LEAD_DAYS} 日前の整数で入れてください。`,
        en: `The preparation reminder must come 1 to ${MAX_WIZARD_LEAD_DAYS} days (a whole number) before the closure.`,
      },
    })
  }
  for (const [kindId, list] of Object.entries(input.thresholdsByKind)) {
    if (!credentialKind(kindId) || isCustomKind(kindId)) {
      problems.push({
        field: `thresholdsByKind.${kindId}`,
        message: {
          ja: `「${kindId}」という種類の認証情報はありません。`,
          en: `There is no credential kind "${kindId}".`,
        },
      })
      continue
    }
    const p = thresholdProblem(list, `thresholdsByKind.${kindId}`, kindLabel(kindId))
    if (p) problems.push(p)
  }
  const custom = thresholdProblem(input.customThresholds, 'customThresholds', {
    ja: '独自に登録した認証情報',
    en: 'credentials you registered yourself',
  })
  if (custom) problems.push(custom)
  return problems
}

function isQuiet(time: string, q: QuietHoursSetting): boolean {
  return q.start < q.end ? time >= q.start && time < q.end : time >= q.start || time < q.end
}

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
