import { isTimeOfDay } from '../timeOfDay'
import { normalizeQuietHours, type QuietHours } from './quietHours'

/** The owner's reminder settings, and how the planner reads them when a value is off. */

export interface ReminderSettings {
  /** Credential kind id → days before expiry at which to remind. */
  thresholdsByKind: Record<string, number[]>
  /** For kinds without their own list. */
  defaultThresholds: number[]
  /** The wizard reminder fires this many days before the closure's first day. */
  wizardLeadDays: number
  /** Credentials expiring up to reopening + this many days are a risk for the closure. */
  marginDays: number
  /** 'HH:MM' Japan time at which date-based reminders fire. */
  notifyAt: string
  /** 'HH:MM'..'HH:MM' Japan time, may wrap midnight; nothing fires inside. */
  quietHours: QuietHours | null
  /** ISO instant: nothing fires before it ("pause reminders for today"). */
  pausedUntil: string | null
}

export const defaultReminderSettings: ReminderSettings = {
  thresholdsByKind: {},
  defaultThresholds: [30, 14, 7, 3, 1, 0],
  wizardLeadDays: 7,
  marginDays: 7,
  notifyAt: '09:00',
  quietHours: null,
  pausedUntil: null,
}

/** The settings as the planner uses them (thresholds aside: see thresholds.ts). */
export interface EffectiveSettings {
  notifyAt: string
  quiet: QuietHours | null
  wizardLeadDays: number
  marginDays: number
}

function wholeDays(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback
}

/**
 * Settings come from a database an older or newer app may have written: a value that cannot be
 * read falls back to its default instead of stopping every reminder.
 */
export function effectiveSettings(settings: ReminderSettings): EffectiveSettings {
  return {
    notifyAt: isTimeOfDay(settings.notifyAt) ? settings.notifyAt : defaultReminderSettings.notifyAt,
    quiet: normalizeQuietHours(settings.quietHours),
    wizardLeadDays: wholeDays(settings.wizardLeadDays, defaultReminderSettings.wizardLeadDays),
    marginDays: wholeDays(settings.marginDays, defaultReminderSettings.marginDays),
  }
}
