/** Reminder planning: pure, shared by the scheduler in main and the 通知 screen. */
export { condense } from './condense'
export { planReminders } from './plan'
export { isQuietTime, nextAllowedInstant, toJapanInstant, type QuietHours } from './quietHours'
export { defaultReminderSettings, type ReminderSettings } from './settings'
export { snoozeUntil } from './snooze'
export type {
  ClosureForReminders,
  CredentialForReminders,
  FiredEntry,
  Plan,
  PlanInput,
  Reminder,
  ReminderKind,
} from './types'
export { defaultUpcomingLimit } from './upcoming'
