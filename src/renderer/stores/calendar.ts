import { defineStore } from 'pinia'
import { computed } from 'vue'
import { call } from '../api'
import { defineMutation } from '../queries/mutation'
import { defineQuery } from '../queries/query'

/**
 * The business calendar as main keeps it, with the next closure's summary (last and first ship
 * days, the mail window) computed there with the app's `today` (never the renderer's clock), so
 * every screen answers the same questions the core answers. Screens that ask the calendar
 * questions of their own build it with useBusinessCalendar() (components/calendar): the holiday
 * table stays out of the first screen.
 */
export const useCalendarStore = defineStore('calendar', () => {
  const query = defineQuery('getCalendar', () => ({}))
  const view = query.data
  const loadError = query.error

  const settings = computed(() => view.value?.settings ?? null)
  const today = computed(() => view.value?.today ?? null)
  const currentClosure = computed(() => view.value?.currentClosure ?? null)
  const closures = computed(() => view.value?.settings.closures ?? [])

  const summary = computed(() => view.value?.summary ?? null)

  /** Loads (or reloads) the calendar; settles with the newest answer (see defineQuery). */
  function load(): Promise<void> {
    return query.refresh()
  }

  /** Loads once; later screens reuse what is there (events keep it fresh). */
  async function ensureLoaded(): Promise<void> {
    if (!view.value) await load()
  }

  const fresh = { refreshes: [query] }
  const removeClosure = defineMutation('deleteClosure', fresh)

  return {
    view,
    loadError,
    settings,
    today,
    currentClosure,
    closures,
    summary,
    load,
    ensureLoaded,
    saveSettings: defineMutation('saveCalendarSettings', fresh),
    saveClosure: defineMutation('saveClosure', fresh),
    deleteClosure: (id: string) => removeClosure({ id }),
    saveTextFile: (suggestedName: string, content: string) =>
      call('saveTextFile', { suggestedName, content }),
  }
})
