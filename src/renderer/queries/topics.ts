import type { ChannelName, Topic } from '@shared/ipc'

/**
 * Which answers each topic makes stale: when main says a topic changed, every query of these
 * channels that a screen has asked for asks again. The one place that knows what depends on what.
 */
export const staleOn: Partial<Record<ChannelName, readonly Topic[]>> = {
  getDashboard: ['shops', 'calendar', 'wizard', 'reminders'],
  getCalendar: ['calendar'],
  listShops: ['shops', 'calendar'],
  listReminders: ['reminders', 'shops', 'calendar', 'settings'],
  getReminderSettings: ['reminders', 'shops'],
  getDesktopSettings: ['desktop'],
  getPrepRun: ['wizard', 'shops', 'calendar'],
  listPrepRuns: ['wizard', 'shops', 'calendar'],
}
