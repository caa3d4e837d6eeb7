import type { Clock } from '@core/ports'

/**
 * A clock for tests and demos. `fixed` stays at one instant; `offset` starts at the given
 * instant and runs on with real time. Times without an offset are read as Japan time.
 */
export interface ControllableClock extends Clock {
  set(instant: string, mode?: 'fixed' | 'offset'): void
}

export function parseInstant(text: string): Date {
  const withZone = /([zZ]|[+-]\d{2}:?\d{2})$/.test(text)
    ? text
    : `${text.length <= 16 ? `${text}:00` : text}+09:00`
  const date = new Date(withZone)
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date and time: ${text}`)
  return date
}

export function createControllableClock(
  initial?: string,
  mode: 'fixed' | 'offset' = 'offset',
): ControllableClock {
  let offsetMs = 0
  let fixed: number | null = null
  const set = (instant: string, m: 'fixed' | 'offset' = 'offset') => {
    const target = parseInstant(instant).getTime()
    if (m === 'fixed') {
      fixed = target
    } else {
      fixed = null
      offsetMs = target - Date.now()
    }
  }
  if (initial) set(initial, mode)
  return {
    now: () => new Date(fixed ?? Date.now() + offsetMs),
    set,
  }
}
