import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Closure } from '../../shared/domain/types'
import type { ChannelInput } from '../../shared/ipc'
import type { CalendarView, SavedFile } from '../../shared/ipc/calendar'
import { call, onAppEvent } from '../api'

/**
 * The business calendar as main keeps it, with the next closure's summary (last and first ship
 * days, the mail window) computed there with the app's `today` (never the renderer's clock), so
 * every screen answers the same questions the core answers. Screens that ask the calendar
 * questions of their own build it with useBusinessCalendar() (components/calendar): the holiday
 * table stays out of the first screen.
 */
export const useCalendarStore = defineStore('calendar', () => {
  const view = shallowRef<CalendarView | null>(null)
  const loadError = ref<unknown>(null)
  const loading = ref(false)
  let listening = false
  let inFlight: Promise<void> | null = null
  let queued: Promise<void> | null = null

  const settings = computed(() => view.value?.settings ?? null)
  const today = computed(() => view.value?.today ?? null)
  const currentClosure = computed(() => view.value?.currentClosure ?? null)
  const closures = computed(() => view.value?.settings.closures ?? [])

  const summary = computed(() => view.value?.summary ?? null)

  function listen() {
    if (listening || typeof window === 'undefined' || !window.api) return
    listening = true
    onAppEvent((event) => {
      if (event.type === 'changed' && event.topics.includes('calendar')) void load()
    })
  }

  /**
   * Loads (or reloads) the calendar. A call while a request is under way queues one more
   * request after it (shared by every caller meanwhile), so a reload asked for after a save
   * never settles for an answer that left main before the save.
   */
  function load(): Promise<void> {
    listen()
    if (inFlight) {
      queued ??= inFlight.then(() => {
        queued = null
        return fetchNow()
      })
      return queued
    }
    return fetchNow()
  }

  function fetchNow(): Promise<void> {
    loading.value = true
    inFlight = call('getCalendar', {})
      .then((next) => {
        view.value = next
        loadError.value = null
      })
      .catch((error: unknown) => {
        loadError.value = error
      })
      .finally(() => {
        loading.value = false
        inFlight = null
      })
    return inFlight
  }

  /** Loads once; later screens reuse what is there (events keep it fresh). */
  async function ensureLoaded(): Promise<void> {
    if (!view.value) await load()
  }

  async function saveSettings(input: ChannelInput<'saveCalendarSettings'>) {
    const saved = await call('saveCalendarSettings', input)
    await load()
    return saved
  }

  async function saveClosure(input: ChannelInput<'saveClosure'>): Promise<Closure> {
    const saved = await call('saveClosure', input)
    await load()
    return saved
  }

  async function deleteClosure(id: string): Promise<void> {
    await call('deleteClosure', { id })
    await load()
  }

  function saveTextFile(suggestedName: string, content: string): Promise<SavedFile> {
    return call('saveTextFile', { suggestedName, content })
  }

  return {
    view,
    loading,
    loadError,
    settings,
    today,
    currentClosure,
    lifecycle: computed(() => view.value?.lifecycle ?? null),
    closures,
    summary,
    load,
    ensureLoaded,
    saveSettings,
    saveClosure,
    deleteClosure,
    saveTextFile,
  }
})
