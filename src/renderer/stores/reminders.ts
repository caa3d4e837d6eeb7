import { defineStore } from 'pinia'
import type { SnoozeOption } from '@shared/ipc/reminders'
import { defineMutation } from '../queries/mutation'
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

  // Snoozing and dismissing answer with the new lists; the others change what is coming.
  const answersList = { answers: listQuery }
  const staleList = { refreshes: [listQuery] }
  const snooze = defineMutation('snoozeReminder', answersList)
  const dismiss = defineMutation('dismissReminder', answersList)
  const pause = defineMutation('pauseRemindersToday', staleList)
  const resume = defineMutation('resumeReminders', staleList)
  const saveSettings = defineMutation('saveReminderSettings', { answers: settingsQuery, ...staleList })
  const saveDesktop = defineMutation('saveDesktopSettings', { answers: desktopQuery })

  return {
    list,
    settings,
    desktop,
    loadError,
    load,
    loadList,
    loadSettings,
    snooze: (id: string, option: SnoozeOption) => snooze({ id, option }),
    dismiss: (id: string) => dismiss({ id }),
    saveSettings,
    pauseToday: async () => void (await pause({})),
    resume: async () => void (await resume({})),
    saveDesktop,
  }
})
