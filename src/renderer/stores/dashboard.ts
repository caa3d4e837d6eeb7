import { defineStore } from 'pinia'
import { defineQuery } from '../queries/query'

/**
 * The dashboard in one answer (getDashboard): the closure of the day, its state and the action
 * plan cut to what the state asks for. Reloads when shops, the calendar, the preparation or the
 * reminders change, and on every visit (the day may have turned).
 */
export const useDashboardStore = defineStore('dashboard', () => {
  const query = defineQuery('getDashboard', () => ({}))

  function load(): Promise<void> {
    return query.refresh()
  }

  /** Asked for before the app mounts; the view's first load takes this answer (Query.prefetch). */
  function prefetch(): void {
    void query.prefetch()
  }

  return { view: query.data, loadError: query.error, load, prefetch }
})
