import { z } from 'zod'
import type { MailWindow } from '../domain/mailWindow'
import type { CredentialDeadline } from '../domain/timeline/credentialDeadline'
import type { ClosureState } from '../domain/timeline/lifecycle'
import type { Bilingual, Closure, ExpirySource, IsoDate } from '../domain/types'
import type {
  AutoCheck,
  BlockerReason,
  InlineAction,
  PhaseDates,
  RunProgress,
  RunStepSubject,
  StepState,
  StepTexts,
  WizardPhase,
} from '../domain/wizard'
import { MAX_CARRIER_NOTES, MAX_SKIP_REASON, MAX_STEP_NOTES } from '../domain/wizard/limits'
import { channel } from './channel'
import { empty, fileName, id } from './schemas'

/**
 * The preparation wizard: one run per closure, generated from the shop setup,
 * persisted step by step. A run is "live" until two weeks after the reopening day; after that
 * it is history, readable and never changed again.
 */

/** A credential as a credential step sees it (live runs only), never its secret. */
export interface PrepCredential {
  id: string
  shopId: string
  shopName: string
  mallId: string
  kindId: string
  kindName: Bilingual
  label: string
  issuedOn: IsoDate | null
  expiresOn: IsoDate
  expirySource: ExpirySource
  hasSecret: boolean
  /** Valid after this day (the reopening day plus the margin) = the step holds. */
  mustOutlast: IsoDate
  holds: boolean
  /** The plan's one deadline: the same renew-by date as the shops screen and the reminders. */
  deadline: CredentialDeadline
}

export interface PrepStepView {
  key: string
  stepId: string
  phase: WizardPhase
  subject: RunStepSubject
  texts: StepTexts
  state: StepState
  skipReason: string | null
  notes: string
  /** ISO instant the step became done. */
  doneAt: string | null
  /** Set from the data by the app, not ticked by the user. */
  auto: boolean
  /** Ticked done, but the data says it does not hold (e.g. the key still lapses). */
  dataDisagrees: boolean
  /** What the data says now (null: the app cannot tell). */
  autoResult: StepState | null
  action: InlineAction
  autoCheck: AutoCheck
  credential: PrepCredential | null
  blocker: BlockerReason[] | null
}

export type PrepRunStatus = 'live' | 'closed'

export interface PrepRunSummary {
  id: string
  closureId: string
  closureName: string
  start: IsoDate
  end: IsoDate
  reopening: IsoDate
  status: PrepRunStatus
  /** The closure was deleted from the calendar; the run is kept as history. */
  closureDeleted: boolean
  progress: RunProgress
  createdAt: string
  updatedAt: string
}

/** Ready-made lists for the copy actions (live runs only). */
export interface PrepTools {
  nonBusinessDays: {
    from: IsoDate
    to: IsoDate
    /** 'YYYY/MM/DD' lines, as the order system's 日付自動登録 wants them. */
    list: string
    closures: { name: string; start: string; end: string }[]
    count: number
  }
  mail: Pick<
    MailWindow,
    'resumeDate' | 'windowDays' | 'confirmationMissed' | 'shippingNoticeMissed' | 'sentences'
  >
}

export interface PrepRunView {
  run: PrepRunSummary
  closure: Closure
  today: IsoDate
  /** Days from today to the first day of the closure (0 or less once it has begun). */
  daysUntil: number
  phaseDates: PhaseDates
  currentPhase: WizardPhase | null
  /** Where the shop stands in this closure today (the lifecycle's state). */
  closureState: ClosureState
  lastShipDay: IsoDate
  marginDays: number
  /** The reopening day plus the margin: credentials must stay valid after it. */
  mustOutlast: IsoDate
  /** The last day the run can change (then it becomes history). */
  openUntil: IsoDate
  steps: PrepStepView[]
  progress: RunProgress
  /** null until the shop saves them: the screen then offers `carrierTemplate`. */
  carrierNotes: string | null
  carrierTemplate: Bilingual
  tools: PrepTools | null
  /** Every credential of the active shops, as the run judges them (live runs only; [] for history). */
  credentials: PrepCredential[]
}

/** A step that blocks the run (overdue for its phase, or a credential that lapses), as the dashboard lists it. */
export interface ReadinessBlocker {
  key: string
  phase: WizardPhase
  title: Bilingual
  reasons: BlockerReason[]
  /** The credential's expiry date, for a credential step. */
  expiresOn: IsoDate | null
}

/**
 * The dashboard's view of the run the wizard is about now: the same run as getPrepRun({}) (read
 * and kept up to date the same way), without the step texts, tools and credentials the prep
 * screen needs.
 */
export interface PrepReadiness {
  closure: Closure
  today: IsoDate
  daysUntil: number
  phaseDates: PhaseDates
  currentPhase: WizardPhase | null
  mustOutlast: IsoDate
  progress: RunProgress
  /** In run order; skipped steps never block. */
  blockers: ReadinessBlocker[]
}

export interface PrepRunList {
  today: IsoDate
  /** The closure the wizard opens on by default, null when none is coming. */
  currentClosureId: string | null
  runs: PrepRunSummary[]
  /** Registered closures still to come (or under way) that have no run yet. */
  upcoming: Closure[]
}

export interface OnboardingState {
  /** The first-run setup was finished or skipped. */
  done: boolean
  skipped: boolean
  /** No shops and no closures yet. */
  appIsNew: boolean
  /** Open the first-run setup on start. */
  showWelcome: boolean
}

export interface PrintResult {
  saved: boolean
  path: string | null
  /** No PDF printer here (browser preview): the page calls window.print(). */
  useBrowserPrint: boolean
}

export const setStepStateInput = z
  .object({
    runId: id,
    key: z.string().min(1).max(200),
    state: z.enum(['todo', 'done', 'skipped']),
    skipReason: z.string().max(MAX_SKIP_REASON).optional(),
    notes: z.string().max(MAX_STEP_NOTES).optional(),
    /** The user confirmed marking done a step the data contradicts. */
    confirmContradiction: z.boolean().optional(),
  })
  .strict()

export const wizardChannels = {
  /** The run of a closure (default: the closure the wizard is about now); null when there is none. */
  getPrepRun: channel<PrepRunView | null>()(z.object({ closureId: id.optional() }).strict()),
  /** The run the wizard is about now, as the dashboard shows it; null when there is none. */
  getPrepReadiness: channel<PrepReadiness | null>()(empty),
  setStepState: channel<PrepRunView>()(setStepStateInput),
  saveCarrierNotes: channel<PrepRunView>()(
    z.object({ runId: id, notes: z.string().max(MAX_CARRIER_NOTES) }).strict(),
  ),
  listPrepRuns: channel<PrepRunList>()(empty),
  getOnboarding: channel<OnboardingState>()(empty),
  completeOnboarding: channel<OnboardingState>()(z.object({ skipped: z.boolean() }).strict()),
  /** Prints the page on screen (the checklist) to a PDF the user picks. */
  printChecklist: channel<PrintResult>()(
    z
      .object({
        suggestedName: fileName,
      })
      .strict(),
  ),
}
