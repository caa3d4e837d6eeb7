import { mallProfiles } from '@shared/domain/malls'
import { isTimeOfDay } from '@shared/domain/timeOfDay'
import type { Bilingual } from '@shared/domain/types'
import type { EditableReminderSettings, ReminderSettingsView } from '@shared/ipc/reminders'
import { MAX_WIZARD_LEAD_DAYS, reminderSettingsProblems } from '@shared/ipc/remindersRules'
import { pick, type TranslateFn } from '@renderer/i18n'
import { normalizeTypedTime } from '@renderer/components/form/typed'
import { daysText, parseDays } from '../format'

/** The row of every credential the shop named itself. */
export const CUSTOM = 'custom'

export interface KindRow {
  /** A kind id, or 'custom' for every credential the shop named itself. */
  id: string
  mallName: Bilingual | null
  /** null: the shop's own credentials (named in the messages). */
  name: Bilingual | null
}

/** Every kind of the mall profiles, in the profiles' order, then the shop's own kinds. */
export const allRows: KindRow[] = [
  ...mallProfiles.flatMap((p) =>
    p.credentialKinds.map((k) => ({ id: k.id, mallName: p.name, name: k.name })),
  ),
  { id: CUSTOM, mallName: null, name: null },
]

/** The form as typed: texts, so that what was typed survives a refusal. */
export interface Draft {
  notifyAt: string
  quietOn: boolean
  quietStart: string
  quietEnd: string
  lead: string
  days: Record<string, string>
}

/** Problems by field: 'notifyAt', 'quietHours', 'wizardLeadDays', `days.<row id>` or others. */
export type Problems = Record<string, string>

/** The problem key of a row's days. */
export const daysField = (id: string) => `days.${id}`

export function draftFromView(v: ReminderSettingsView | null): Draft {
  const days: Record<string, string> = {}
  for (const row of allRows) {
    const list = row.id === CUSTOM ? v?.customThresholds : v?.thresholdsByKind[row.id]
    days[row.id] = daysText(list ?? [])
  }
  return {
    notifyAt: v?.notifyAt ?? '09:00',
    quietOn: v?.quietHours != null,
    quietStart: v?.quietHours?.start ?? '22:00',
    quietEnd: v?.quietHours?.end ?? '07:00',
    lead: String(v?.wizardLeadDays ?? 7),
    days,
  }
}

export function recommendedFor(v: ReminderSettingsView | null, id: string): number[] {
  const rec = v?.recommended
  if (!rec) return []
  return id === CUSTOM ? rec.customThresholds : (rec.thresholdsByKind[id] ?? [])
}

/** 'thresholdsByKind.rakuten.licenseKey' → 'days.rakuten.licenseKey'; 'customThresholds' → 'days.custom'. */
export function fieldKey(field: string): string {
  if (field.startsWith('thresholdsByKind.')) return daysField(field.slice('thresholdsByKind.'.length))
  if (field === 'customThresholds') return daysField(CUSTOM)
  return field
}

/** Reads the draft: the settings to save, or null with every problem found. */
export function readDraft(
  draft: Draft,
  t: TranslateFn,
  locale: string,
): { input: EditableReminderSettings | null; problems: Problems } {
  const found: Problems = {}
  const notifyAt = normalizeTypedTime(draft.notifyAt)
  if (!isTimeOfDay(notifyAt)) found.notifyAt = t('reminders.settings.errors.time')
  const start = normalizeTypedTime(draft.quietStart)
  const end = normalizeTypedTime(draft.quietEnd)
  if (draft.quietOn && (!isTimeOfDay(start) || !isTimeOfDay(end)))
    found.quietHours = t('reminders.settings.errors.time')
  const lead = Number(draft.lead.trim())
  if (!/^\d{1,2}$/.test(draft.lead.trim()) || lead < 1 || lead > MAX_WIZARD_LEAD_DAYS) {
    found.wizardLeadDays = t('reminders.settings.errors.lead', { max: MAX_WIZARD_LEAD_DAYS })
  }
  const thresholdsByKind: Record<string, number[]> = {}
  let customThresholds: number[] = []
  for (const row of allRows) {
    const parsed = parseDays(draft.days[row.id] ?? '')
    if ('bad' in parsed) {
      found[daysField(row.id)] = t('reminders.settings.errors.notNumber', { token: parsed.bad })
      continue
    }
    if (row.id === CUSTOM) customThresholds = parsed.days
    else thresholdsByKind[row.id] = parsed.days
  }
  const input: EditableReminderSettings = {
    thresholdsByKind,
    customThresholds,
    wizardLeadDays: lead,
    notifyAt,
    quietHours: draft.quietOn ? { start, end } : null,
  }
  // The same checks main makes, worded the same, shown next to their fields.
  for (const p of reminderSettingsProblems(input)) found[fieldKey(p.field)] ??= pick(p.message, locale)
  return { input: Object.keys(found).length === 0 ? input : null, problems: found }
}

/** The fields shown next to their controls; any other problem is shown by the save button. */
const placedFields = new Set([
  'notifyAt',
  'quietHours',
  'wizardLeadDays',
  ...allRows.map((r) => daysField(r.id)),
])

/** The first problem no control shows. */
export const unplacedProblem = (problems: Problems): string | null =>
  Object.entries(problems).find(([k]) => !placedFields.has(k))?.[1] ?? null
