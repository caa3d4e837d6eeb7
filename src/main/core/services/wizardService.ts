/**
 * The preparation wizard: one run per closure, generated from the shop setup and persisted step
 * by step.
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
import { exportNonBusinessDays } from '../../../shared/domain/calendarExport'
import type { BusinessCalendar } from '../../../shared/domain/calendar'
import { defaultMarginDays } from '../../../shared/domain/expiry'
import { addDays, diffDays, formatYmd, daysInMonth, parseIsoDate } from '../../../shared/domain/isoDate'
import { mailWindow } from '../../../shared/domain/mailWindow'
import { credentialKind, mallProfiles } from '../../../shared/domain/malls'
import { buildCustomKind } from '../../../shared/domain/malls/profiles'
import {
  closureState,
  closureTimeline,
  credentialDeadline,
  isLive,
  type Lifecycle,
  type PlanStep,
} from '../../../shared/domain/timeline'
import type { Bilingual, Closure, Credential, IsoDate, Shop } from '../../../shared/domain/types'
import {
  carrierNotesTemplate,
  credentialValidPastReopening,
  currentPhase,
  evaluateRun,
  findStep,
  generateRunSteps,
  phaseDates,
  runBlockers,
  runIsLive,
  runOpenUntil,
  runProgress,
  stepCatalogFor,
  stepTexts,
  type EvaluatedStep,
  type PhaseDates,
  type StepState,
} from '../../../shared/domain/wizard'
import { AppError } from '../../../shared/errors'
import type {
  OnboardingState,
  PrepCredential,
  PrepReadiness,
  PrepRunList,
  PrepRunSummary,
  PrepRunView,
  PrepStepView,
  PrepTools,
  PrintResult,
} from '../../../shared/ipc/wizard'
import type { CoreContext } from '../context'
import { WizardRepo, type StoredRun, type StoredStep } from '../db/wizardRepo'
import { currentOrderSystemId } from './factsService'
import type { CalendarService } from './calendarService'
import type { ShopsService } from './shopsService'

export interface SetStepInput {
  runId: string
  key: string
  state: StepState
  skipReason?: string
  notes?: string
  confirmContradiction?: boolean
}

interface Setup {
  shops: Shop[]
  /** Credentials of active shops only. */
  credentials: Credential[]
  shopNames: Map<string, string>
  shopMalls: Map<string, string>
}

/** A live run evaluated against today's data, not yet written. */
interface Evaluation {
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

function err(code: string, ja: string, en: string, field?: string): AppError {
  return new AppError(code, { ja, en }, field)
}

const runNotFound = () =>
  err(
    'run_not_found',
    'この休業の準備の記録が見つかりません。画面を開き直してください。',
    'This preparation record was not found. Open the screen again.',
    'runId',
  )

const closureNotFound = () =>
  err(
    'closure_not_found',
    'その休業期間は見つかりません。営業カレンダーで削除されたのかもしれません。',
    'That closure was not found. It may have been deleted in the business calendar.',
    'closureId',
  )

const runClosed = () =>
  err(
    'run_closed',
    'この休業の準備はもう終わっていて、記録は変更できません(見ることはできます)。',
    'The preparation for this closure is over; its record can be read but no longer changed.',
    'runId',
  )

function sameDates(run: StoredRun, closure: Closure): boolean {
  return run.start === closure.start && run.end === closure.end
}

/** The months around the closure: from the first of its first month to the end of the reopening's month. */
function exportRange(closure: Closure, reopening: IsoDate): { from: IsoDate; to: IsoDate } {
  const first = parseIsoDate(closure.start)!
  const last = parseIsoDate(reopening)!
  return {
    from: formatYmd({ year: first.year, month: first.month, day: 1 }),
    to: formatYmd({ year: last.year, month: last.month, day: daysInMonth(last.year, last.month) }),
  }
}

export class WizardService {
  private readonly repo: WizardRepo

  constructor(
    private readonly ctx: CoreContext,
    private readonly calendar: CalendarService,
    private readonly shops: ShopsService,
  ) {
    this.repo = new WizardRepo(ctx.db)
  }

  // ───────────────────────────── reading ─────────────────────────────

  /** The run of a closure (default: the closure the wizard is about now); null when there is none. */
  getRun(closureId?: string): PrepRunView | null {
    const cal = this.calendar.calendar()
    if (closureId === undefined) {
      const closure = this.currentClosure()
      return closure ? this.viewOfClosure(closure) : null
    }
    const closure = cal.settings.closures.find((c) => c.id === closureId)
    if (closure) return this.viewOfClosure(closure)
    const run = this.repo.latestRunOf(closureId)
    if (run) return this.historyView(run)
    throw closureNotFound()
  }

  /** The current run as the dashboard shows it (the same read as getRun(), in fewer bytes). */
  readiness(): PrepReadiness | null {
    const view = this.getRun()
    if (!view) return null
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

  listRuns(): PrepRunList {
    const today = this.ctx.today()
    const cal = this.calendar.calendar()
    const closures = cal.settings.closures
    const runs = this.repo.runs().map((run) => this.summary(run, this.liveClosureOf(run, today)))
    const upcoming = closures
      .filter((c) => runIsLive(phaseDates(c, cal), today, this.calendar.followUpDays()))
      .filter((c) => {
        const latest = this.repo.latestRunOf(c.id)
        return (
          !latest ||
          (!runIsLive(latest.phaseDates, today, this.calendar.followUpDays()) && !sameDates(latest, c))
        )
      })
    const current = this.currentClosure()
    return { today, currentClosureId: current?.id ?? null, runs, upcoming }
  }

  /**
   * The steps of the closure of the day, evaluated against today's data, for the action plan;
   * [] when the closure is over (its run is history) or there is none. Reads like getRun().
   */
  planSteps(): { runId: string | null; steps: PlanStep[] } {
    const closure = this.currentClosure()
    if (!closure) return { runId: null, steps: [] }
    const found = this.liveOrHistory(closure)
    if ('history' in found) return { runId: null, steps: [] }
    // The evaluation itself, without the screen's view (tools, credentials, every text).
    const steps = found.live.evaluated.map((s): PlanStep => {
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
    return { runId: found.live.run.id, steps }
  }

  /** The lifecycle's closure of the day while its preparation is live (not 'done'). */
  private currentClosure(): Closure | null {
    const lifecycle = this.calendar.lifecycle()
    return lifecycle.current && isLive(lifecycle.state) ? lifecycle.current.closure : null
  }

  // ───────────────────────────── writing ─────────────────────────────

  setStepState(input: SetStepInput): PrepRunView {
    const reason = input.skipReason?.trim() ?? ''
    if (input.state === 'skipped' && !reason) {
      throw err(
        'skip_reason_required',
        'スキップする理由を書いてください(例: 「Amazonのリードタイムは変えないため」)。あとで見返したときや、ほかの人が引き継いだときの手がかりになります。',
        'Write why you skip this step (for example “we keep the Amazon lead time as it is”). It helps when you look back, or when someone else takes over.',
        'skipReason',
      )
    }
    const evaluation = this.evaluateLive(input.runId)
    const step = evaluation.evaluated.find((e) => e.instance.key === input.key)
    if (!step) {
      throw err(
        'step_not_found',
        'このステップは今の設定では準備の対象になっていません(ショップを休止したか、認証情報を削除したのかもしれません)。画面を開き直してください。',
        'This step is not part of the preparation with the current setup (a shop may have been paused or a credential deleted). Open the screen again.',
        'key',
      )
    }
    if (
      input.state === 'done' &&
      step.state !== 'done' &&
      step.autoResult === 'todo' &&
      !input.confirmContradiction
    ) {
      throw err(
        'confirm_contradicted',
        'アプリのデータでは、このステップはまだ満たされていません(たとえば、有効期限が休み明け+余裕日数より前のまま)。本当に完了にしますか? 完了にしても「データと食い違い」の印が残ります。先に日付を直すと、自動で完了になります。',
        'By the app’s data this step does not hold yet (an expiry date still before the reopening day plus the margin, for instance). Mark it done anyway? It will stay marked “data disagrees”. Correct the date first and the step is done by itself.',
        'state',
      )
    }
    if (input.state === 'todo' && step.autoResult === 'done') {
      throw err(
        'auto_done',
        'このステップは、アプリがデータから「完了」と判定しています(有効期限が再開日+余裕日数より後、など)。未完了に戻すには元のデータを直してください。やらないことにする場合は「スキップ」を使ってください。',
        'The app marked this step done from the data (an expiry date after the reopening day plus the margin, for instance). To reopen it, correct that data; if you will not do it, use Skip.',
        'state',
      )
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
      this.persist(evaluation, now)
      this.repo.upsertStep(
        evaluation.run.id,
        { key: step.instance.key, position, instance: step.instance, notes, ...next },
        now,
      )
      this.repo.touchRun(evaluation.run.id, now)
    })
    this.ctx.events.changed('wizard')
    return this.liveView(this.evaluateLive(input.runId))
  }

  saveCarrierNotes(runId: string, notes: string): PrepRunView {
    const evaluation = this.evaluateLive(runId)
    const now = this.ctx.nowIso()
    this.repo.transaction(() => {
      this.persist(evaluation, now)
      this.repo.saveCarrierNotes(runId, notes.replace(/\r\n/g, '\n'), now)
    })
    this.ctx.events.changed('wizard')
    return this.liveView(this.evaluateLive(runId))
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

  async print(suggestedName: string): Promise<PrintResult> {
    if (!this.ctx.pdfPrinter) return { saved: false, path: null, useBrowserPrint: true }
    const name = suggestedName.toLowerCase().endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`
    const result = await this.ctx.pdfPrinter.printToPdf(name)
    return { ...result, useBrowserPrint: false }
  }

  // ───────────────────────────── internals ─────────────────────────────

  /** The live run of a closure (created when missing), or its finished run as history. */
  private viewOfClosure(closure: Closure): PrepRunView {
    const found = this.liveOrHistory(closure)
    return 'history' in found ? this.historyView(found.history) : this.liveView(found.live)
  }

  /**
   * The live run of a closure, evaluated against today's data and saved (created when missing),
   * or its finished run as history. Refused when the closure is over and was never prepared.
   */
  private liveOrHistory(closure: Closure): { live: Evaluation } | { history: StoredRun } {
    const today = this.ctx.today()
    const cal = this.calendar.calendar()
    const latest = this.repo.latestRunOf(closure.id)
    if (latest && runIsLive(latest.phaseDates, today, this.calendar.followUpDays())) {
      const evaluation = this.evaluate(latest, closure, cal)
      this.save(evaluation)
      return { live: evaluation }
    }
    if (latest && sameDates(latest, closure)) return { history: latest }
    const dates = phaseDates(closure, cal)
    if (!runIsLive(dates, today, this.calendar.followUpDays())) {
      throw err(
        'no_run',
        `「${closure.name}」は終わっていて、準備の記録はありません。`,
        `“${closure.name}” is over and no preparation was recorded for it.`,
        'closureId',
      )
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
    const evaluation = this.evaluate(run, closure, cal)
    this.repo.transaction(() => {
      this.repo.insertRun(run)
      this.persist(evaluation, now)
    })
    return { live: evaluation }
  }

  /** The closure of a run when the run is live and its closure still exists; else null. */
  private liveClosureOf(run: StoredRun, today: IsoDate): Closure | null {
    if (!runIsLive(run.phaseDates, today, this.calendar.followUpDays())) return null
    return this.calendar.settings().closures.find((c) => c.id === run.closureId) ?? null
  }

  /** Evaluates a run that must be live (refused when it is history). */
  private evaluateLive(runId: string): Evaluation {
    const run = this.repo.run(runId)
    if (!run) throw runNotFound()
    const closure = this.liveClosureOf(run, this.ctx.today())
    if (!closure) throw runClosed()
    return this.evaluate(run, closure, this.calendar.calendar())
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

  private evaluate(run: StoredRun, closure: Closure, cal: BusinessCalendar): Evaluation {
    const dates = phaseDates(closure, cal)
    const setup = this.setup()
    // The steps speak the words of the shop's order system (issue 14).
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

  private save(evaluation: Evaluation): void {
    this.repo.transaction(() => this.persist(evaluation, this.ctx.nowIso()))
  }

  /** Writes what the evaluation changed (call inside a transaction). */
  private persist(e: Evaluation, now: string): void {
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

  private summary(
    run: StoredRun,
    liveClosure: Closure | null,
    steps?: { state: StepState }[],
  ): PrepRunSummary {
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

  private tools(closure: Closure, dates: PhaseDates, cal: BusinessCalendar): PrepTools {
    const { from, to } = exportRange(closure, dates.afterReopening)
    const exported = exportNonBusinessDays(cal, from, to)
    const mail = mailWindow(cal, closure)
    return {
      nonBusinessDays: {
        from,
        to,
        list: exported.list,
        closures: exported.closures,
        count: exported.list.split('\n').filter(Boolean).length,
      },
      mail: {
        resumeDate: mail.resumeDate,
        windowDays: mail.windowDays,
        confirmationMissed: mail.confirmationMissed,
        shippingNoticeMissed: mail.shippingNoticeMissed,
        sentences: mail.sentences,
      },
    }
  }

  private liveView(e: Evaluation): PrepRunView {
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
      tools: this.tools(e.closure, e.dates, cal),
      lastShipDay: cal.lastShipDayBefore(e.closure),
      credentials: e.setup.credentials.map((c) =>
        this.prepCredential(c, e.setup, e.dates.afterReopening, lifecycle, cal),
      ),
    })
  }

  private historyView(run: StoredRun): PrepRunView {
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
