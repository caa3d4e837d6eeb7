import { computed, type ComputedRef } from 'vue'
import { createBusinessCalendar, type BusinessCalendar } from '@shared/domain/calendar'
import type { CalendarView } from '@shared/ipc/calendar'
import { useCalendarStore } from '@renderer/stores/calendar'

// One calendar per answer from main, shared by every panel of the calendar screen.
const built = new WeakMap<CalendarView, BusinessCalendar>()

/**
 * The business calendar of the calendar screen, built from the settings main sent and with the
 * app's `today` (never the renderer's clock), so that its answers are the core's. It lives here
 * and not in the store: the holiday table it needs then loads with this screen, not the first one.
 */
export function useBusinessCalendar(): ComputedRef<BusinessCalendar | null> {
  const store = useCalendarStore()
  return computed(() => {
    const view = store.view
    if (!view) return null
    let cal = built.get(view)
    if (!cal) {
      cal = createBusinessCalendar(view.settings, { today: view.today })
      built.set(view, cal)
    }
    return cal
  })
}
