/** Reminder planning: pure, shared by the scheduler in main and the 通知 screen. */
export {
  defaultReminderSettings,
  defaultUpcomingLimit,
  planReminders,
  snoozeUntil,
  type ClosureForReminders,
  type CredentialForReminders,
  type FiredEntry,
  type Plan,
  type PlanInput,
  type Reminder,
  type ReminderKind,
  type ReminderSettings,
} from './plan'
export { isQuietTime, nextAllowedInstant, toJapanInstant, type QuietHours } from './quietHours'
export { condense } from './text'
