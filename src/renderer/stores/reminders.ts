import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type {
  EditableReminderSettings,
  ReminderList,
  ReminderSettingsView,
  SnoozeOption,
} from '../../shared/ipc/reminders'
import type { DesktopSettings } from '../../shared/ipc/settings'
import type { Topic } from '../../shared/ipc'
import { call, onAppEvent } from '../api'

/**
 * The 通知 screen's data as main keeps it: what is coming, what has been shown, the reminder
 * settings and the desktop settings (tray, start at login). Reloaded when main says that
 * reminders, shops, the calendar or the language changed.
 */
const listTopics: Topic[] = ['reminders', 'shops', 'calendar', 'settings']

export const useRemindersStore = defineStore('reminders', () => {
  const list = shallowRef<ReminderList | null>(null)
  const settings = shallowRef<ReminderSettingsView | null>(null)
  const desktop = ref<DesktopSettings | null>(null)
  const loadError = ref<unknown>(null)
  let stopListening: (() => void) | null = null
  let inFlight: Promise<void> | null = null
  let again = false

  function listen() {
    if (stopListening || typeof window === 'undefined' || !window.api) return
    stopListening = onAppEvent((event) => {
      if (event.type !== 'changed') return
      const topics = event.topics
      if (listTopics.some((t) => topics.includes(t))) void loadList()
      if (topics.includes('reminders') || topics.includes('shops')) void loadSettings()
      if (topics.includes('desktop')) void loadDesktop()
    })
  }

  /** Loads the lists; a call while one is under way asks for one more afterwards. */
  function loadList(): Promise<void> {
    listen()
    if (inFlight) {
      again = true
      return inFlight
    }
    inFlight = (async () => {
      do {
        again = false
        try {
          list.value = await call('listReminders', {})
          loadError.value = null
        } catch (error) {
          loadError.value = error
        }
      } while (again)
    })().finally(() => (inFlight = null))
    return inFlight
  }

  async function loadSettings() {
    listen()
    settings.value = await call('getReminderSettings', {})
  }

  async function loadDesktop() {
    desktop.value = await call('getDesktopSettings', {})
  }

  async function load() {
    await Promise.all([loadList(), loadSettings().catch(() => {}), loadDesktop().catch(() => {})])
  }

  async function snooze(id: string, option: SnoozeOption) {
    list.value = await call('snoozeReminder', { id, option })
  }

  async function dismiss(id: string) {
    list.value = await call('dismissReminder', { id })
  }

  async function saveSettings(input: EditableReminderSettings): Promise<ReminderSettingsView> {
    settings.value = await call('saveReminderSettings', input)
    await loadList()
    return settings.value
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
    desktop.value = await call('saveDesktopSettings', next)
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
