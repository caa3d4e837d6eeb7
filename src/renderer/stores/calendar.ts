import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { createBusinessCalendar, type BusinessCalendar } from '../../shared/domain/calendar'
import { diffDays } from '../../shared/domain/isoDate'
import { mailWindow, type MailWindow } from '../../shared/domain/mailWindow'
import type { Closure, IsoDate } from '../../shared/domain/types'
import type { ChannelInput } from '../../shared/ipc'
import type { CalendarView, SavedFile } from '../../shared/ipc/calendar'
import { call, onAppEvent } from '../api'

/** What the screens say about the next closure, computed once for the calendar and the dashboard. */
export interface ClosureSummary {
  closure: Closure
  /** Days from today to the first day; 0 or less when the closure is under way. */
  daysUntil: number
  underway: boolean
  lengthDays: number
  lastShipDay: IsoDate
  firstShipDay: IsoDate
  mail: MailWindow
}

/**
 * The business calendar as main keeps it. The calendar itself is built here from the saved
 * settings, with the app's `today` (never the renderer's clock), so every screen answers the
 * same questions the core answers.
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
  const nextClosure = computed(() => view.value?.nextClosure ?? null)
  const closures = computed(() => view.value?.settings.closures ?? [])

  const calendar = computed<BusinessCalendar | null>(() =>
    view.value ? createBusinessCalendar(view.value.settings, { today: view.value.today }) : null,
  )

  const summary = computed<ClosureSummary | null>(() => {
    const cal = calendar.value
    const closure = nextClosure.value
    const now = today.value
    if (!cal || !closure || !now) return null
    return {
      closure,
      daysUntil: diffDays(closure.start, now),
      underway: closure.start <= now && now <= closure.end,
      lengthDays: diffDays(closure.end, closure.start) + 1,
      lastShipDay: cal.lastShipDayBefore(closure),
      firstShipDay: cal.firstShipDayAfter(closure),
      mail: mailWindow(cal, closure),
    }
  })

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
    nextClosure,
    closures,
    calendar,
    summary,
    load,
    ensureLoaded,
    saveSettings,
    saveClosure,
    deleteClosure,
    saveTextFile,
  }
})
