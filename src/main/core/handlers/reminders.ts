import type { remindersChannels } from '@shared/ipc/reminders'
import type { AreaFactory } from './types'

export const remindersHandlers: AreaFactory<typeof remindersChannels> = (_ctx, { reminders }) => ({
  listReminders: () => reminders.list(),
  snoozeReminder: ({ id, option }) => reminders.snooze(id, option),
  dismissReminder: ({ id }) => reminders.dismiss(id),
  getReminderSettings: () => reminders.settingsView(),
  saveReminderSettings: (input) => reminders.saveSettings(input),
  pauseRemindersToday: () => reminders.pauseToday(),
  resumeReminders: () => reminders.resume(),
})
