// Reminders and notifications (issue 5): channels are added here.
export const remindersChannels = {}
