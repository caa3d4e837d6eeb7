import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { DashboardView } from '../../shared/ipc/timeline'
import { call, onAppEvent } from '../api'

/**
 * The dashboard in one answer (getDashboard): the closure of the day, its state and the action
 * plan cut to what the state asks for. Reloads when shops, the calendar, the preparation or the
 * reminders change, and on every visit (the day may have turned).
 */
export const useDashboardStore = defineStore('dashboard', () => {
  const view = shallowRef<DashboardView | null>(null)
  const loadError = ref<unknown>(null)
  let listening = false
  // Answers can come back out of order (a reload after an event, a visit): only the newest counts.
  let seq = 0

  function listen() {
    if (listening || typeof window === 'undefined' || !window.api) return
    listening = true
    onAppEvent((event) => {
      if (event.type !== 'changed') return
      if (event.topics.some((t) => ['shops', 'calendar', 'wizard', 'reminders'].includes(t))) void load()
    })
  }

  async function load(): Promise<void> {
    listen()
    const mine = ++seq
    try {
      const next = await call('getDashboard', {})
      if (mine !== seq) return
      view.value = next
      loadError.value = null
    } catch (error) {
      if (mine === seq) loadError.value = error
    }
  }

  return { view, loadError, load }
})
