import type { Clock, NotificationRequest, Notifier } from '@core/ports'
import type { Timers } from '@core/services/scheduler'

/**
 * Simulated time for the reminder scheduler: one clock and the timers that run on it. Time
 * moves only when the test says so; `advanceTo` runs every timer due on the way, each at its
 * own instant, exactly as a machine left on would. `jump` moves the clock without running
 * anything (the machine slept, or the user changed the clock).
 */
export class SimTime implements Clock, Timers {
  ms: number
  /** Every duration the scheduler asked a timer for. */
  readonly durations: number[] = []
  private queue: { id: number; at: number; fn: () => void }[] = []
  private nextId = 1

  constructor(start: string) {
    this.ms = Date.parse(start)
    if (!Number.isFinite(this.ms)) throw new Error(`not an instant: ${start}`)
  }

  now(): Date {
    return new Date(this.ms)
  }

  setTimeout(fn: () => void, ms: number): unknown {
    this.durations.push(ms)
    const id = this.nextId++
    this.queue.push({ id, at: this.ms + ms, fn })
    return id
  }

  clearTimeout(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.id !== handle)
  }

  get pending(): number {
    return this.queue.length
  }

  /** Runs the timers due up to `instant` in order, moving the clock to each, then to `instant`. */
  advanceTo(instant: string): void {
    const target = Date.parse(instant)
    if (!(target >= this.ms)) throw new Error(`cannot go back to ${instant}`)
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at || a.id - b.id)
      const next = this.queue[0]
      if (!next || next.at > target) break
      this.queue.shift()
      this.ms = Math.max(this.ms, next.at)
      next.fn()
    }
    this.ms = target
  }

  /** The clock moves; no timer runs (sleep, or the clock changed by hand). */
  jump(instant: string): void {
    this.ms = Date.parse(instant)
  }

  /** Runs the earliest pending timer now, wherever the clock is (the machine woke up). */
  fireNext(): void {
    this.queue.sort((a, b) => a.at - b.at || a.id - b.id)
    const next = this.queue.shift()
    next?.fn()
  }
}

export interface Shown extends NotificationRequest {
  /** The clock's instant when it was shown (ISO, UTC). */
  at: string
}

/** A notifier that remembers what it showed, and when by the given clock. */
export function recordingNotifier(clock: Clock): Notifier & { shown: Shown[] } {
  const shown: Shown[] = []
  return {
    shown,
    show(n) {
      shown.push({ ...n, at: clock.now().toISOString() })
    },
  }
}

/** '2026-12-02' → '2026-12-02T09:00:00+09:00'. */
export const jst = (date: string, time = '09:00'): string => `${date}T${time}:00+09:00`
