/**
 * The preparation wizard: one run per closure, generated from the shop setup and persisted step
 * by step.
 *
 * The area in parts, composed here into the one service the handlers and the other areas use:
 * - wizard/runs.ts: which closure and which run, live or history (the life of a run is
 *   documented at its top);
 * - wizard/evaluation.ts: a live run evaluated against today's data, and what changed persisted;
 * - wizard/views.ts: the run views, summaries, the dashboard's readiness and the plan's steps;
 * - wizard/tools.ts: the non-business days to copy and the mail window of a live run;
 * - wizard/print.ts: the checklist as a PDF.
 * What stays here: the reads that tie them together, the user's step changes, carrier notes and
 * the first-run record.
 */
import type { PlanStep } from '@shared/domain/timeline'
import type { Closure } from '@shared/domain/types'
import type { StepState } from '@shared/domain/wizard'
import { appError } from '@shared/errors'
import type { ParsedInput } from '@shared/ipc'
import type {
  OnboardingState,
  PrepReadiness,
  PrepRunList,
  PrepRunView,
  PrintResult,
} from '@shared/ipc/wizard'
import type { CoreContext } from '../context'
import { WizardRepo } from '../db/wizardRepo'
import type { CalendarService } from './calendarService'
import type { ShopsService } from './shopsService'
import { closureNotFound } from './wizard/errors'
import { RunEvaluator } from './wizard/evaluation'
import { printChecklist } from './wizard/print'
import { RunLifecycle } from './wizard/runs'
import { planStepsOf, readinessOf, WizardViews } from './wizard/views'

export type SetStepInput = ParsedInput<'setStepState'>

export class WizardService {
  private readonly repo: WizardRepo
  private readonly evaluator: RunEvaluator
  private readonly runs: RunLifecycle
  private readonly views: WizardViews

  constructor(
    private readonly ctx: CoreContext,
    private readonly calendar: CalendarService,
    private readonly shops: ShopsService,
  ) {
    this.repo = new WizardRepo(ctx.db)
    this.evaluator = new RunEvaluator(ctx, shops, this.repo)
    this.runs = new RunLifecycle(ctx, calendar, this.repo, this.evaluator)
    this.views = new WizardViews(ctx, calendar, this.repo)
  }

  // ───────────────────────────── reading ─────────────────────────────

  /** The run of a closure (default: the closure the wizard is about now); null when there is none. */
  getRun(closureId?: string): PrepRunView | null {
    const cal = this.calendar.calendar()
    if (closureId === undefined) {
      const closure = this.runs.currentClosure()
      return closure ? this.viewOfClosure(closure) : null
    }
    const closure = cal.settings.closures.find((c) => c.id === closureId)
    if (closure) return this.viewOfClosure(closure)
    const run = this.repo.latestRunOf(closureId)
    if (run) return this.views.historyView(run)
    throw closureNotFound()
  }

  /** The current run as the dashboard shows it (the same read as getRun(), in fewer bytes). */
  readiness(): PrepReadiness | null {
    const view = this.getRun()
    return view ? readinessOf(view) : null
  }

  listRuns(): PrepRunList {
    const today = this.ctx.today()
    const cal = this.calendar.calendar()
    const runs = this.repo.runs().map((run) => this.views.summary(run, this.runs.liveClosureOf(run, today)))
    const upcoming = this.runs.upcoming(today, cal)
    const current = this.runs.currentClosure()
    return { today, currentClosureId: current?.id ?? null, runs, upcoming }
  }

  /**
   * The steps of the closure of the day, evaluated against today's data, for the action plan;
   * [] when the closure is over (its run is history) or there is none. Reads like getRun().
   */
  planSteps(): { runId: string | null; steps: PlanStep[] } {
    const closure = this.runs.currentClosure()
    if (!closure) return { runId: null, steps: [] }
    const found = this.runs.liveOrHistory(closure)
    if ('history' in found) return { runId: null, steps: [] }
    return { runId: found.live.run.id, steps: planStepsOf(found.live) }
  }

  // ───────────────────────────── writing ─────────────────────────────

  setStepState(input: SetStepInput): PrepRunView {
    const reason = input.skipReason?.trim() ?? ''
    if (input.state === 'skipped' && !reason) {
      throw appError('skipReasonRequired', {}, 'skipReason')
    }
    const evaluation = this.runs.evaluateLive(input.runId)
    const step = evaluation.evaluated.find((e) => e.instance.key === input.key)
    if (!step) {
      throw appError('stepNotFound', {}, 'key')
    }
    if (
      input.state === 'done' &&
      step.state !== 'done' &&
      step.autoResult === 'todo' &&
      !input.confirmContradiction
    ) {
      throw appError('confirmContradicted', {}, 'state')
    }
    if (input.state === 'todo' && step.autoResult === 'done') {
      throw appError('autoDone', {}, 'state')
    }
    const now = this.ctx.nowIso()
    const notes = input.notes !== undefined ? input.notes.replace(/\r\n/g, '\n') : step.notes
    let next: { state: StepState; skipReason: string | null; doneAt: string | null; auto: boolean }
    if (input.state === step.state) {
      next = {
        state: step.state,
        skipReason: step.state === 'skipped' ? reason : step.skipReason,
        doneAt: step.doneAt,
        auto: step.auto,
      }
    } else if (input.state === 'done') {
      next = { state: 'done', skipReason: null, doneAt: now, auto: false }
    } else if (input.state === 'skipped') {
      next = { state: 'skipped', skipReason: reason, doneAt: null, auto: false }
    } else {
      next = { state: 'todo', skipReason: null, doneAt: null, auto: false }
    }
    const position = evaluation.evaluated.indexOf(step)
    this.repo.transaction(() => {
      this.evaluator.persist(evaluation, now)
      this.repo.upsertStep(
        evaluation.run.id,
        { key: step.instance.key, position, instance: step.instance, notes, ...next },
        now,
      )
      this.repo.touchRun(evaluation.run.id, now)
    })
    this.ctx.events.changed('wizard')
    return this.views.liveView(this.runs.evaluateLive(input.runId))
  }

  saveCarrierNotes(runId: string, notes: string): PrepRunView {
    const evaluation = this.runs.evaluateLive(runId)
    const now = this.ctx.nowIso()
    this.repo.transaction(() => {
      this.evaluator.persist(evaluation, now)
      this.repo.saveCarrierNotes(runId, notes.replace(/\r\n/g, '\n'), now)
    })
    this.ctx.events.changed('wizard')
    return this.views.liveView(this.runs.evaluateLive(runId))
  }

  // ───────────────────────────── first run ─────────────────────────────

  onboarding(): OnboardingState {
    const record = this.repo.onboarding()
    const appIsNew = this.shops.shopCount() === 0 && this.calendar.settings().closures.length === 0
    return {
      done: record !== null,
      skipped: record?.skipped ?? false,
      appIsNew,
      showWelcome: record === null && appIsNew,
    }
  }

  completeOnboarding(skipped: boolean): OnboardingState {
    this.repo.saveOnboarding({ at: this.ctx.nowIso(), skipped })
    this.ctx.events.changed('wizard')
    return this.onboarding()
  }

  // ───────────────────────────── printing ─────────────────────────────

  print(suggestedName: string): Promise<PrintResult> {
    return printChecklist(this.ctx, suggestedName)
  }

  // ───────────────────────────── internals ─────────────────────────────

  /** The live run of a closure (created when missing), or its finished run as history. */
  private viewOfClosure(closure: Closure): PrepRunView {
    const found = this.runs.liveOrHistory(closure)
    return 'history' in found ? this.views.historyView(found.history) : this.views.liveView(found.live)
  }
}
