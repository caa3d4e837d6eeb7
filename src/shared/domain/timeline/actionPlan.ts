import { credentialAdvice, type Severity } from '../expiry'
import { addDays } from '../isoDate'
import type { CredentialKind } from '../malls'
import type { Bilingual, BusinessDayQueries, IsoDate } from '../types'
import type { AutoCheck, StepState, WizardPhase } from '../wizard'
import { wizardPhases } from '../wizard/phases'
import { credentialDeadline, type CredentialDeadline } from './credentialDeadline'
import { closureHasStarted, isLateStep, type ClosureTimeline, type Lifecycle } from './lifecycle'
import { urgencyOf, urgencyOrder, type Urgency } from './urgency'

/**
 * One dated action plan: what must be done by when, for the closure of the day. Built once from
 * the lifecycle, the credentials of active shops and the steps of the closure's preparation run;
 * the dashboard, the shops page, the wizard, the reminders, the tray and the print view all read
 * their deadlines from it, so a credential has one do-by date everywhere.
 *
 * - A credential is one action (its wizard step, if any, lends the action its state): do by its
 *   renew-by date (credentialDeadline), severity from its expiry status.
 * - Any other wizard step is one action, due by the end of its phase: the month-before work by
 *   the last business day before the week before opens, the week-before and last-day work by
 *   the last business day, the reopening checks on the reopening day.
 * - state: open; done; skipped (the user's choice); contradicted (ticked done, but the data says
 *   it does not hold: a key that still lapses).
 * - late: a preparation step still open once the closure has begun. It can no longer be done in
 *   time, so it is listed once, after what the day asks for, instead of in red on top.
 * - Order: open and contradicted first; not late before late; then do-by date, severity, phase
 *   and the order given.
 */

export type ActionState = 'open' | 'done' | 'skipped' | 'contradicted'

export interface PlanCredential {
  id: string
  shopId: string
  shopName: string
  mallId: string
  mallName: Bilingual
  kind: CredentialKind
  label: string
  expiresOn: IsoDate
  estimated: boolean
}

/** A step of the closure's run, evaluated against the data (the wizard service gives these). */
export interface PlanStep {
  key: string
  stepId: string
  phase: WizardPhase
  title: Bilingual
  why: Bilingual
  subjectType: 'credential' | 'mall' | 'app' | 'none'
  subjectId: string | null
  state: StepState
  autoCheck: AutoCheck
  /** What the data says now; null when the app cannot tell. */
  autoResult: StepState | null
}

export interface ActionCredential {
  id: string
  shopId: string
  expiresOn: IsoDate
  estimated: boolean
  deadline: CredentialDeadline
}

export interface PlanAction {
  /** 'credential:<id>' or 'step:<key>'. */
  id: string
  kind: 'credential' | 'step'
  phase: WizardPhase | null
  title: Bilingual
  why: Bilingual
  doBy: IsoDate
  plannedDoBy: IsoDate
  urgency: Urgency
  severity: Severity
  state: ActionState
  late: boolean
  /** Where to act, as an app route. */
  route: string
  /** The run step behind it (also for a credential with its own step). */
  stepKey: string | null
  credential: ActionCredential | null
}

export interface ActionPlan {
  lifecycle: Lifecycle
  actions: PlanAction[]
}

export interface PlanInput {
  lifecycle: Lifecycle
  calendar: BusinessDayQueries
  /** Credentials of active shops. */
  credentials: readonly PlanCredential[]
  /** The current closure's run steps (live run only); empty without one. */
  steps: readonly PlanStep[]
  marginDays?: number
}

const severityOrder: Record<Severity, number> = { critical: 0, warning: 1, notice: 2, ok: 3 }
const stateOrder: Record<ActionState, number> = { contradicted: 0, open: 0, done: 1, skipped: 1 }

/** The day a phase's work is due. */
export function phaseDoBy(phase: WizardPhase, t: ClosureTimeline, cal: BusinessDayQueries): IsoDate {
  switch (phase) {
    case 'monthBefore':
      return cal.prevBusinessDay(t.phases.weekBefore)
    case 'weekBefore':
    case 'lastBusinessDay':
      return t.lastBusinessDay
    case 'afterReopening':
      return t.reopening
  }
}

function stepActionState(step: PlanStep): ActionState {
  if (step.state === 'skipped') return 'skipped'
  if (step.state === 'done') return step.autoResult === 'todo' ? 'contradicted' : 'done'
  return 'open'
}

function credentialActionState(d: CredentialDeadline, step: PlanStep | undefined): ActionState {
  if (step) {
    const s = stepActionState(step)
    if (s === 'done' && d.status.state === 'expired') return 'contradicted'
    return s
  }
  return d.status.severity === 'ok' ? 'done' : 'open'
}

function credentialTitle(c: PlanCredential, d: CredentialDeadline): Bilingual {
  const who = { ja: `${c.mallName.ja} ${c.shopName}`, en: `${c.shopName} (${c.mallName.en})` }
  const label = c.label.trim()
  const name =
    label && label !== c.kind.name.ja
      ? { ja: `${c.kind.name.ja}(${label})`, en: `${c.kind.name.en} (${label})` }
      : c.kind.name
  if (d.status.state === 'expired') {
    return { ja: `${who.ja}：${name.ja}が切れています`, en: `${who.en}: ${name.en} has expired` }
  }
  return { ja: `${who.ja}：${name.ja}を更新する`, en: `${who.en}: renew the ${name.en}` }
}

function compareActions(a: PlanAction, b: PlanAction): number {
  return (
    stateOrder[a.state] - stateOrder[b.state] ||
    Number(a.late) - Number(b.late) ||
    (a.doBy < b.doBy ? -1 : a.doBy > b.doBy ? 1 : 0) ||
    severityOrder[a.severity] - severityOrder[b.severity] ||
    urgencyOrder[a.urgency] - urgencyOrder[b.urgency] ||
    phaseIndex(a.phase) - phaseIndex(b.phase)
  )
}

function phaseIndex(phase: WizardPhase | null): number {
  return phase === null ? -1 : wizardPhases.indexOf(phase)
}

export function buildActionPlan(input: PlanInput): ActionPlan {
  const { lifecycle, calendar } = input
  const today = lifecycle.today
  const current = lifecycle.current
  const started = closureHasStarted(lifecycle.state)
  const stepsByCredential = new Map<string, PlanStep>()
  for (const s of input.steps) {
    if (s.subjectType !== 'credential' || s.subjectId === null) continue
    // A credential may have a month-before and a week-before step: the later phase speaks.
    const prev = stepsByCredential.get(s.subjectId)
    if (!prev || phaseIndex(s.phase) > phaseIndex(prev.phase)) stepsByCredential.set(s.subjectId, s)
  }

  const actions: { action: PlanAction; order: number }[] = []
  const add = (action: PlanAction) => actions.push({ action, order: actions.length })

  for (const c of input.credentials) {
    const d = credentialDeadline(c.expiresOn, c.kind, lifecycle, calendar, input.marginDays)
    const step = stepsByCredential.get(c.id)
    add({
      id: `credential:${c.id}`,
      kind: 'credential',
      phase: step?.phase ?? null,
      title: credentialTitle(c, d),
      why: credentialAdvice({
        shopName: c.shopName,
        mallName: c.mallName,
        kind: c.kind,
        credentialLabel: c.label,
        expiresOn: c.expiresOn,
        status: d.status,
        estimated: c.estimated,
        expiredDuring: d.expiredDuring,
      }),
      doBy: d.doBy,
      plannedDoBy: d.plannedDoBy,
      urgency: d.urgency,
      severity: d.status.severity,
      state: credentialActionState(d, step),
      late: false,
      route: `/shops?credential=${encodeURIComponent(c.id)}`,
      stepKey: step?.key ?? null,
      credential: { id: c.id, shopId: c.shopId, expiresOn: c.expiresOn, estimated: c.estimated, deadline: d },
    })
  }

  if (current) {
    for (const s of input.steps) {
      if (s.subjectType === 'credential') continue
      const doBy = phaseDoBy(s.phase, current, calendar)
      const state = stepActionState(s)
      const open = state === 'open' || state === 'contradicted'
      const late = open && isLateStep(s.phase, started)
      const credentialsLapse = s.autoCheck === 'credentialValidPastReopening' && s.autoResult === 'todo'
      const urgency = urgencyOf(doBy, today)
      add({
        id: `step:${s.key}`,
        kind: 'step',
        phase: s.phase,
        title: s.title,
        why: s.why,
        doBy,
        plannedDoBy: doBy,
        urgency,
        severity: credentialsLapse
          ? 'critical'
          : urgency === 'overdue' || urgency === 'today'
            ? 'warning'
            : 'notice',
        state,
        late,
        route: `/prep?closure=${encodeURIComponent(current.closure.id)}&phase=${s.phase}&step=${encodeURIComponent(s.key)}`,
        stepKey: s.key,
        credential: null,
      })
    }
  }

  actions.sort((a, b) => compareActions(a.action, b.action) || a.order - b.order)
  return { lifecycle, actions: actions.map((a) => a.action) }
}

/** Open or contradicted: something is still to be done. */
export function isOpen(a: PlanAction): boolean {
  return a.state === 'open' || a.state === 'contradicted'
}

/** What the reopening day asks for: the after-reopening checks and every credential that ran out. */
export function reopeningChecklist(plan: ActionPlan): { checks: PlanAction[]; expired: PlanAction[] } {
  return {
    checks: plan.actions.filter((a) => a.kind === 'step' && a.phase === 'afterReopening'),
    expired: plan.actions.filter((a) => a.credential?.deadline.status.state === 'expired' && isOpen(a)),
  }
}

/** While closed: what has stopped (expired) and what will still run out before the reopening day. */
export function closedOverview(plan: ActionPlan): {
  stopped: PlanAction[]
  expiresBeforeReopening: PlanAction[]
} {
  const reopening = plan.lifecycle.current?.reopening
  const creds = plan.actions.filter((a) => a.credential !== null && isOpen(a))
  return {
    stopped: creds.filter((a) => a.credential!.deadline.status.state === 'expired'),
    expiresBeforeReopening: reopening
      ? creds.filter(
          (a) =>
            a.credential!.deadline.status.state !== 'expired' &&
            a.credential!.expiresOn < addDays(reopening, 0),
        )
      : [],
  }
}
