/**
 * A live run evaluated against today's data, and what the evaluation changed written back.
 *
 * evaluate() regenerates the run's steps from the setup (active shops, their credentials and
 * deferred-payment apps), runs the automatic checks (evaluateRun) and notes where the closure's
 * name or dates moved; persist() writes only the steps (and the closure data) that differ from
 * what is stored, and retires the steps the setup no longer has.
 */
import type { BusinessCalendar } from '@shared/domain/calendar'
import { defaultMarginDays } from '@shared/domain/expiry'
import { mallProfiles } from '@shared/domain/malls'
import type { Bilingual, Closure, Credential, Shop } from '@shared/domain/types'
import {
  evaluateRun,
  generateRunSteps,
  phaseDates,
  stepCatalogFor,
  type EvaluatedStep,
  type PhaseDates,
} from '@shared/domain/wizard'
import type { CoreContext } from '@core/context'
import type { StoredRun, StoredStep, WizardRepo } from '@core/db/wizardRepo'
import { currentOrderSystemId } from '../factsService'
import type { ShopsService } from '../shopsService'

export interface Setup {
  shops: Shop[]
  /** Credentials of active shops only. */
  credentials: Credential[]
  shopNames: Map<string, string>
  shopMalls: Map<string, string>
}

/** A live run evaluated against today's data, not yet written. */
export interface Evaluation {
  run: StoredRun
  closure: Closure
  dates: PhaseDates
  setup: Setup
  evaluated: EvaluatedStep[]
  stored: StoredStep[]
  /** The run's stored closure data differs from the calendar's. */
  closureChanged: boolean
}

const MALL_NAMES: Record<string, Bilingual> = Object.fromEntries(mallProfiles.map((p) => [p.id, p.name]))

export function sameDates(run: StoredRun, closure: Closure): boolean {
  return run.start === closure.start && run.end === closure.end
}

export class RunEvaluator {
  constructor(
    private readonly ctx: CoreContext,
    private readonly shops: ShopsService,
    private readonly repo: WizardRepo,
  ) {}

  evaluate(run: StoredRun, closure: Closure, cal: BusinessCalendar): Evaluation {
    const dates = phaseDates(closure, cal)
    const setup = this.setup()
    // The steps speak the words of the shop's order system.
    const catalog = stepCatalogFor(currentOrderSystemId(this.ctx.db))
    const instances = generateRunSteps(setup, catalog, MALL_NAMES)
    const stored = this.repo.steps(run.id)
    const records = new Map(stored.map((s) => [s.key, s]))
    const evaluated = evaluateRun(
      instances,
      records,
      {
        credentialsById: new Map(setup.credentials.map((c) => [c.id, c])),
        closure,
        reopening: dates.afterReopening,
        marginDays: defaultMarginDays,
        closureRegistered: true,
      },
      catalog,
      this.ctx.nowIso(),
    )
    const closureChanged =
      run.closureName !== closure.name ||
      !sameDates(run, closure) ||
      JSON.stringify(run.phaseDates) !== JSON.stringify(dates)
    const current: StoredRun = closureChanged
      ? { ...run, closureName: closure.name, start: closure.start, end: closure.end, phaseDates: dates }
      : run
    return { run: current, closure, dates, setup, evaluated, stored, closureChanged }
  }

  /** Writes what the evaluation changed, in its own transaction. */
  save(evaluation: Evaluation): void {
    this.repo.transaction(() => this.persist(evaluation, this.ctx.nowIso()))
  }

  /** Writes what the evaluation changed (call inside a transaction). */
  persist(e: Evaluation, now: string): void {
    const byKey = new Map(e.stored.map((s) => [s.key, s]))
    if (e.closureChanged) this.repo.updateRunClosure(e.run.id, e.run, now)
    const live = new Set<string>()
    e.evaluated.forEach((step, position) => {
      const key = step.instance.key
      live.add(key)
      const prev = byKey.get(key)
      const changed =
        !prev ||
        prev.position !== position ||
        prev.state !== step.state ||
        prev.skipReason !== step.skipReason ||
        prev.notes !== step.notes ||
        prev.doneAt !== step.doneAt ||
        prev.auto !== step.auto ||
        prev.instanceJson !== JSON.stringify(step.instance)
      if (!changed) return
      this.repo.upsertStep(
        e.run.id,
        {
          key,
          position,
          instance: step.instance,
          state: step.state,
          skipReason: step.skipReason,
          notes: step.notes,
          doneAt: step.doneAt,
          auto: step.auto,
        },
        now,
      )
    })
    for (const s of e.stored)
      if (!live.has(s.key) && s.position !== null) this.repo.retireStep(e.run.id, s.key, now)
  }

  private setup(): Setup {
    const { shops, credentials } = this.shops.setupForRun()
    return {
      shops,
      credentials,
      shopNames: new Map(shops.map((s) => [s.id, s.name])),
      shopMalls: new Map(shops.map((s) => [s.id, s.mallId])),
    }
  }
}
