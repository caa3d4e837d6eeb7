/**
 * Which run: the closure the wizard is about today, and the run of a closure, live or history.
 *
 * ── Life of a run ───────────────────────────────────────────────────────────────────────────
 * - A run is created the first time the wizard (or the dashboard) asks for a closure that has
 *   none. It keeps the closure's id, name and dates and the phase dates.
 * - While it is LIVE (until RUN_DAYS_AFTER_REOPENING days after the reopening day, see
 *   shared/domain/wizard/lifecycle.ts) every read regenerates the steps from the setup (active
 *   shops, their credentials and deferred-payment apps), runs the automatic checks
 *   (evaluateRun) and persists the effective state where it changed, in one transaction. A
 *   live run follows its closure when its dates are corrected.
 * - Once over it is HISTORY: read from what was stored, never evaluated, never written. A new
 *   closure (or the same closure record moved to new dates after its run is over) gets a new run.
 * - Deleting a closure keeps its runs as history.
 */
import { randomUUID } from 'node:crypto'
import type { BusinessCalendar } from '@shared/domain/calendar'
import { isLive } from '@shared/domain/timeline'
import type { Closure, IsoDate } from '@shared/domain/types'
import { phaseDates, runIsLive } from '@shared/domain/wizard'
import { appError } from '@shared/errors'
import type { CoreContext } from '@core/context'
import type { StoredRun, WizardRepo } from '@core/db/wizardRepo'
import type { CalendarService } from '../calendarService'
import { runClosed, runNotFound } from './errors'
import { sameDates, type Evaluation, type RunEvaluator } from './evaluation'

export class RunLifecycle {
  constructor(
    private readonly ctx: CoreContext,
    private readonly calendar: CalendarService,
    private readonly repo: WizardRepo,
    private readonly evaluator: RunEvaluator,
  ) {}

  /** The lifecycle's closure of the day while its preparation is live (not 'done'). */
  currentClosure(): Closure | null {
    const lifecycle = this.calendar.lifecycle()
    return lifecycle.current && isLive(lifecycle.state) ? lifecycle.current.closure : null
  }

  /**
   * The live run of a closure, evaluated against today's data and saved (created when missing),
   * or its finished run as history. Refused when the closure is over and was never prepared.
   */
  liveOrHistory(closure: Closure): { live: Evaluation } | { history: StoredRun } {
    const today = this.ctx.today()
    const cal = this.calendar.calendar()
    const latest = this.repo.latestRunOf(closure.id)
    if (latest && runIsLive(latest.phaseDates, today, this.calendar.followUpDays())) {
      const evaluation = this.evaluator.evaluate(latest, closure, cal)
      this.evaluator.save(evaluation)
      return { live: evaluation }
    }
    if (latest && sameDates(latest, closure)) return { history: latest }
    const dates = phaseDates(closure, cal)
    if (!runIsLive(dates, today, this.calendar.followUpDays())) {
      throw appError('noRun', { closure: closure.name }, 'closureId')
    }
    const now = this.ctx.nowIso()
    const run: StoredRun = {
      id: randomUUID(),
      closureId: closure.id,
      closureName: closure.name,
      start: closure.start,
      end: closure.end,
      phaseDates: dates,
      carrierNotes: null,
      createdAt: now,
      updatedAt: now,
    }
    const evaluation = this.evaluator.evaluate(run, closure, cal)
    this.repo.transaction(() => {
      this.repo.insertRun(run)
      this.evaluator.persist(evaluation, now)
    })
    return { live: evaluation }
  }

  /** The closure of a run when the run is live and its closure still exists; else null. */
  liveClosureOf(run: StoredRun, today: IsoDate): Closure | null {
    if (!runIsLive(run.phaseDates, today, this.calendar.followUpDays())) return null
    return this.calendar.settings().closures.find((c) => c.id === run.closureId) ?? null
  }

  /** Evaluates a run that must be live (refused when it is history). */
  evaluateLive(runId: string): Evaluation {
    const run = this.repo.run(runId)
    if (!run) throw runNotFound()
    const closure = this.liveClosureOf(run, this.ctx.today())
    if (!closure) throw runClosed()
    return this.evaluator.evaluate(run, closure, this.calendar.calendar())
  }

  /** Closures whose preparation is live but that have no live run yet (and no finished run of the same dates). */
  upcoming(today: IsoDate, cal: BusinessCalendar): Closure[] {
    return cal.settings.closures
      .filter((c) => runIsLive(phaseDates(c, cal), today, this.calendar.followUpDays()))
      .filter((c) => {
        const latest = this.repo.latestRunOf(c.id)
        return (
          !latest ||
          (!runIsLive(latest.phaseDates, today, this.calendar.followUpDays()) && !sameDates(latest, c))
        )
      })
  }
}
