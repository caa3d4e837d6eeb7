/**
 * The reminders area's limits, snooze options and settings rules, in a file of their own so that
 * the renderer can use them without pulling the channel schemas (and full zod) into its bundle:
 * the rules are a zod/mini schema whose refinements refuse with the error catalog's entries, so
 * the form (every problem, next to its field) and main's refusal (the first) read one text.
 */
import * as z from 'zod/mini'
import { credentialKind, isCustomKind } from '../domain/malls'
import { isQuietTime } from '../domain/reminders/quietHours'
import { catalogField, timeOfDay } from '../domain/ruleSchemas'
import type { Bilingual } from '../domain/types'
import { errorText, type AppErrorData } from '../errors'
import { appErrorsOf, reportError } from '../errors/schemaIssues'
import type { EditableReminderSettings } from './reminders'

export type SnoozeOption = '1h' | 'tomorrow' | '3d'
export const snoozeOptions: readonly SnoozeOption[] = ['1h', 'tomorrow', '3d']

export const MAX_THRESHOLDS = 10
export const MAX_THRESHOLD_DAYS = 365
export const MAX_WIZARD_LEAD_DAYS = 60

export interface SettingsProblem {
  /** 'notifyAt', 'quietHours', 'wizardLeadDays', 'customThresholds' or 'thresholdsByKind.<kind id>'. */
  field: string
  message: Bilingual
}

type Ctx = z.core.$RefinementCtx

const quietHours = z.object({ start: timeOfDay, end: timeOfDay })
const dayCount = z.int().check(z.minimum(0), z.maximum(MAX_THRESHOLD_DAYS))

/** One list of reminder days (before expiry) for `kind`; its first problem only. */
function checkThresholds(list: unknown, kind: Bilingual, ctx: Ctx, path: PropertyKey[]): void {
  if (!Array.isArray(list)) return reportError(ctx, 'thresholdsMissing', { kind }, path)
  if (list.length > MAX_THRESHOLDS) {
    return reportError(ctx, 'thresholdsTooMany', { kind, max: MAX_THRESHOLDS }, path)
  }
  if (!list.every((n) => dayCount.safeParse(n).success)) {
    return reportError(ctx, 'thresholdOutOfRange', { kind, max: MAX_THRESHOLD_DAYS }, path)
  }
  if (new Set(list).size !== list.length) reportError(ctx, 'thresholdTwice', { kind }, path)
}

/** Every kind of the mall profiles has its list; custom kinds share `customThresholds`. */
const thresholdsByKind = z.unknown().check(
  z.superRefine((byKind, ctx) => {
    for (const [kindId, list] of Object.entries(byKind ?? {})) {
      const kind = credentialKind(kindId)
      if (!kind || isCustomKind(kindId)) reportError(ctx, 'unknownKind', { kind: kindId }, [kindId])
      else checkThresholds(list, kind.name, ctx, [kindId])
    }
  }),
)

const reminderSettingsSchema = z
  .object({
    notifyAt: catalogField(timeOfDay, 'notifyAtInvalid', {}),
    quietHours: z.unknown().check(
      z.superRefine((value, ctx) => {
        if (value === null) return
        const q = quietHours.safeParse(value)
        if (!q.success) reportError(ctx, 'quietHoursInvalid', {})
        else if (q.data.start === q.data.end) reportError(ctx, 'quietHoursEmpty', {})
      }),
    ),
    wizardLeadDays: catalogField(
      z.int().check(z.minimum(1), z.maximum(MAX_WIZARD_LEAD_DAYS)),
      'wizardLeadDaysInvalid',
      {
        max: MAX_WIZARD_LEAD_DAYS,
      },
    ),
    thresholdsByKind,
    customThresholds: z
      .unknown()
      .check(
        z.superRefine((list, ctx) => checkThresholds(list, errorText('customCredentials', {}), ctx, [])),
      ),
  })
  .check(
    z.superRefine((s, ctx) => {
      const q = quietHours.safeParse(s.quietHours)
      const notifyAt = timeOfDay.safeParse(s.notifyAt)
      if (!q.success || !notifyAt.success || q.data.start === q.data.end) return
      if (isQuietTime(notifyAt.data, q.data)) {
        reportError(ctx, 'notifyAtInQuietHours', { notifyAt: notifyAt.data, end: q.data.end }, ['quietHours'])
      }
    }),
  )

/** The problems come in the order of the form's fields, whichever rule found them. */
const fieldOrder = ['notifyAt', 'quietHours', 'wizardLeadDays', 'thresholdsByKind', 'customThresholds']
const rank = (e: AppErrorData) => fieldOrder.indexOf(e.field?.split('.')[0] ?? '')

/** Every problem of a settings input as the catalog's error (code 'reminder_settings_invalid', field, text). */
export function reminderSettingsErrors(input: EditableReminderSettings): AppErrorData[] {
  return appErrorsOf(reminderSettingsSchema.safeParse(input)).sort((a, b) => rank(a) - rank(b))
}

/**
 * Every problem of a settings input, worded for a shop owner (the screen shows them next to the
 * fields before saving; main checks again and refuses with the first).
 */
export function reminderSettingsProblems(input: EditableReminderSettings): SettingsProblem[] {
  return reminderSettingsErrors(input).map((e) => ({ field: e.field ?? '', message: e.message }))
}
