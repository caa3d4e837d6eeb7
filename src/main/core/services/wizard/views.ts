/**
 * What the wizard shows: a live run's view (steps with texts, blockers, credentials and tools),
 * a finished run's view from what was stored, the run summaries, and the shorter cuts of a view
 * the dashboard and the action plan read. Reads only, never writes.
 */
import type { BusinessCalendar } from '@shared/domain/calendar'
import { defaultMarginDays } from '@shared/domain/expiry'
import { addDays, diffDays } from '@shared/domain/isoDate'
import { credentialKind } from '@shared/domain/malls'
import { buildCustomKind } from '@shared/domain/malls/profiles'
import {
  closureState,
  closureTimeline,
  credentialDeadline,
  type Lifecycle,
  type PlanStep,
} from '@shared/domain/timeline'
import type { Closure, Credential, IsoDate } from '@shared/domain/types'
import {
  carrierNotesTemplate,
  credentialValidPastReopening,
  currentPhase,
  findStep,
  runBlockers,
  runOpenUntil,
  runProgress,
  stepCatalogFor,
  stepTexts,
  type PhaseDates,
  type StepState,
} from '@shared/domain/wizard'
import type {
  PrepCredential,
  PrepReadiness,
  PrepRunSummary,
  PrepRunView,
  PrepStepView,
  PrepTools,
} from '@shared/ipc/wizard'
import type { CoreContext } from '@core/context'
import type { StoredRun, WizardRepo } from '@core/db/wizardRepo'
import type { CalendarService } from '../calendarService'
import { currentOrderSystemId } from '../factsService'
import type { Evaluation, Setup } from './evaluation'
import { prepTools } from './tools'

/** The current run as the dashboard shows it (the same read as the wizard's, in fewer bytes). */
export function readinessOf(view: PrepRunView): PrepReadiness {
  return {
    closure: view.closure,
    today: view.today,
    daysUntil: view.daysUntil,
    phaseDates: view.phaseDates,
    currentPhase: view.currentPhase,
    mustOutlast: view.mustOutlast,
    progress: view.progress,
    blockers: view.steps.flatMap((s) =>
      s.blocker && s.state !== 'skipped'
        ? [
            {
              key: s.key,
              phase: s.phase,
              title: s.texts.title,
              reasons: s.blocker,
              expiresOn: s.credential?.expiresOn ?? null,
            },
          ]
        : [],
    ),
  }
}

/** The evaluated steps for the action plan, without the screen's view (tools, credentials, every text). */
export function planStepsOf(e: Evaluation): PlanStep[] {
  return e.evaluated.map((s): PlanStep => {
    const texts = stepTexts(s.instance, s.def)
    return {
      key: s.instance.key,
      stepId: s.instance.stepId,
      phase: s.instance.phase,
      title: texts.title,
      why: texts.why,
      subjectType: s.instance.subject.type,
      subjectId: s.instance.subject.id,
      state: s.state,
      autoCheck: s.def.autoCheck,
      autoResult: s.autoResult,
    }
  })
}

export class WizardViews {
  constructor(
    private readonly ctx: CoreContext,
    private readonly calendar: CalendarService,
    private readonly repo: WizardRepo,
  ) {}

  summary(run: StoredRun, liveClosure: Closure | null, steps?: { state: StepState }[]): PrepRunSummary {
    const exists = this.calendar.settings().closures.some((c) => c.id === run.closureId)
    const active = steps ?? this.repo.steps(run.id).filter((s) => s.position !== null)
    return {
      id: run.id,
      closureId: run.closureId,
      closureName: run.closureName,
      start: run.start,
      end: run.end,
      reopening: run.phaseDates.afterReopening,
      status: liveClosure ? 'live' : 'closed',
      closureDeleted: !exists,
      progress: runProgress(active),
      createdAt: run.createdAt,
      updatedAt: run.updatedAt,
    }
  }

  liveView(e: Evaluation): PrepRunView {
    const today = this.ctx.today()
    const cal = this.calendar.calendar()
    const lifecycle = this.calendar.lifecycle(today)
    const credentials = new Map(e.setup.credentials.map((c) => [c.id, c]))
    const blockers = new Map(
      runBlockers(
        e.evaluated.map((s) => ({
          key: s.instance.key,
          phase: s.instance.phase,
          state: s.state,
          subjectType: s.instance.subject.type,
          autoCheck: s.def.autoCheck,
          autoResult: s.autoResult,
        })),
        e.dates,
        today,
      ).map((b) => [b.key, b.reasons]),
    )
    const steps: PrepStepView[] = e.evaluated.map((s) => {
      const cred =
        s.instance.subject.type === 'credential' && s.instance.subject.id
          ? credentials.get(s.instance.subject.id)
          : undefined
      return {
        key: s.instance.key,
        stepId: s.instance.stepId,
        phase: s.instance.phase,
        subject: s.instance.subject,
        texts: stepTexts(s.instance, s.def),
        state: s.state,
        skipReason: s.skipReason,
        notes: s.notes,
        doneAt: s.doneAt,
        auto: s.auto,
        dataDisagrees: s.dataDisagrees,
        autoResult: s.autoResult,
        action: s.def.action,
        autoCheck: s.def.autoCheck,
        credential: cred ? this.prepCredential(cred, e.setup, e.dates.afterReopening, lifecycle, cal) : null,
        blocker: blockers.get(s.instance.key) ?? null,
      }
    })
    const stored = this.repo.run(e.run.id) ?? e.run
    return this.view(stored, e.closure, e.dates, steps, {
      status: 'live',
      tools: prepTools(e.closure, e.dates, cal),
      lastShipDay: cal.lastShipDayBefore(e.closure),
      credentials: e.setup.credentials.map((c) =>
        this.prepCredential(c, e.setup, e.dates.afterReopening, lifecycle, cal),
      ),
    })
  }

  historyView(run: StoredRun): PrepRunView {
    const closure: Closure = { id: run.closureId, name: run.closureName, start: run.start, end: run.end }
    const steps: PrepStepView[] = []
    for (const s of this.repo.steps(run.id)) {
      if (s.position === null) continue
      const def = findStep(s.instance.stepId, stepCatalogFor(currentOrderSystemId(this.ctx.db)))
      if (!def) continue
      steps.push({
        key: s.key,
        stepId: s.instance.stepId,
        phase: s.instance.phase,
        subject: s.instance.subject,
        texts: stepTexts(s.instance, def),
        state: s.state,
        skipReason: s.skipReason,
        notes: s.notes,
        doneAt: s.doneAt,
        auto: s.auto,
        dataDisagrees: false,
        autoResult: null,
        action: def.action,
        autoCheck: def.autoCheck,
        credential: null,
        blocker: null,
      })
    }
    return this.view(run, closure, run.phaseDates, steps, {
      status: 'closed',
      tools: null,
      lastShipDay: run.phaseDates.lastBusinessDay,
      credentials: [],
    })
  }

  private prepCredential(
    c: Credential,
    setup: Setup,
    reopening: IsoDate,
    lifecycle: Lifecycle,
    cal: BusinessCalendar,
  ): PrepCredential {
    const mallId = setup.shopMalls.get(c.shopId) ?? ''
    const kind = credentialKind(c.kindId)
    return {
      id: c.id,
      shopId: c.shopId,
      shopName: setup.shopNames.get(c.shopId) ?? '',
      mallId,
      kindId: c.kindId,
      kindName: kind?.name ?? { ja: c.kindId, en: c.kindId },
      label: c.label,
      issuedOn: c.issuedOn,
      expiresOn: c.expiresOn,
      expirySource: c.expirySource,
      hasSecret: c.hasSecret,
      mustOutlast: addDays(reopening, defaultMarginDays),
      holds: credentialValidPastReopening(c, reopening, defaultMarginDays),
      deadline: credentialDeadline(c.expiresOn, kind ?? buildCustomKind(mallId), lifecycle, cal),
    }
  }

  private view(
    run: StoredRun,
    closure: Closure,
    dates: PhaseDates,
    steps: PrepStepView[],
    extra: {
      status: 'live' | 'closed'
      tools: PrepTools | null
      lastShipDay: IsoDate
      credentials: PrepCredential[]
    },
  ): PrepRunView {
    const today = this.ctx.today()
    const { lastShipDay } = extra
    const summary = this.summary(run, extra.status === 'live' ? closure : null, steps)
    return {
      run: summary,
      closure,
      today,
      daysUntil: diffDays(closure.start, today),
      phaseDates: dates,
      currentPhase: currentPhase(today, dates),
      closureState: closureState(closureTimeline(closure, this.calendar.calendar()), today),
      lastShipDay,
      marginDays: defaultMarginDays,
      mustOutlast: addDays(dates.afterReopening, defaultMarginDays),
      openUntil: runOpenUntil(dates, this.calendar.followUpDays()),
      steps,
      progress: summary.progress,
      carrierNotes: run.carrierNotes,
      carrierTemplate: carrierNotesTemplate(closure, lastShipDay, dates.afterReopening),
      tools: extra.tools,
      credentials: extra.credentials,
    }
  }
}
