import { defineStore } from 'pinia'
import type { EditableReminderSettings, ReminderSettingsView, SnoozeOption } from '@shared/ipc/reminders'
import { call } from '../api'
import { defineQuery } from '../queries/query'

/**
 * The 通知 screen's data as main keeps it: what is coming, what has been shown, the reminder
 * settings and the desktop settings (tray, start at login). Reloaded when main says that
 * reminders, shops, the calendar or the language changed.
 */
export const useRemindersStore = defineStore('reminders', () => {
  const listQuery = defineQuery('listReminders', () => ({}))
  const settingsQuery = defineQuery('getReminderSettings', () => ({}))
  const desktopQuery = defineQuery('getDesktopSettings', () => ({}))
  const list = listQuery.data
  const settings = settingsQuery.data
  const desktop = desktopQuery.data
  const loadError = listQuery.error

  /** Loads the lists (errors show on the screen, as loadError). */
  function loadList(): Promise<void> {
    return listQuery.refresh()
  }

  // Callers of these see a refusal, as when they asked main themselves.
  async function loadSettings() {
    await settingsQuery.refresh()
    if (settingsQuery.error.value) throw settingsQuery.error.value
  }

  async function loadDesktop() {
    await desktopQuery.refresh()
    if (desktopQuery.error.value) throw desktopQuery.error.value
  }

  async function load() {
    await Promise.all([loadList(), loadSettings().catch(() => {}), loadDesktop().catch(() => {})])
  }

  async function snooze(id: string, option: SnoozeOption) {
    listQuery.set(await call('snoozeReminder', { id, option }))
  }

  async function dismiss(id: string) {
    listQuery.set(await call('dismissReminder', { id }))
  }

  async function saveSettings(input: EditableReminderSettings): Promise<ReminderSettingsView> {
    const saved = await call('saveReminderSettings', input)
    settingsQuery.set(saved)
    await loadList()
    return saved
  }

  async function pauseToday() {
    await call('pauseRemindersToday', {})
    await loadList()
  }

  async function resume() {
    await call('resumeReminders', {})
    await loadList()
  }

  async function saveDesktop(next: { keepInTray: boolean; startAtLogin: boolean }) {
    desktopQuery.set(await call('saveDesktopSettings', next))
  }

  return {
    list,
    settings,
    desktop,
    loadError,
    load,
    loadList,
    loadSettings,
    snooze,
    dismiss,
    saveSettings,
    pauseToday,
    resume,
    saveDesktop,
  }
})
