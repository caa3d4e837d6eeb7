import type { IsoDate } from '../types'
import type { AutoCheck } from './catalog'
import type { PhaseDates, WizardPhase } from './phases'
import type { StepState, SubjectType } from './run'

/**
 * What stands between the shop and a calm closure, for the dashboard: steps left to do in a
 * phase whose day has passed, and credentials that would still lapse before the reopening day
 * plus the margin (whatever the step says: a tick does not renew a key). Skipped steps are the
 * user's decision and never block.
 */
export type BlockerReason = 'phaseOverdue' | 'credentialLapses'

export interface BlockerInput {
  key: string
  phase: WizardPhase
  state: StepState
  subjectType: SubjectType
  autoCheck: AutoCheck
  /** What the data said about the step (autoState), null when the app cannot tell. */
  autoResult: StepState | null
}

export interface Blocker {
  key: string
  reasons: BlockerReason[]
}

export function runBlockers(steps: readonly BlockerInput[], dates: PhaseDates, today: IsoDate): Blocker[] {
  const out: Blocker[] = []
  for (const s of steps) {
    if (s.state === 'skipped') continue
    const reasons: BlockerReason[] = []
    if (
      s.subjectType === 'credential' &&
      s.autoCheck === 'credentialValidPastReopening' &&
      s.autoResult === 'todo'
    ) {
      reasons.push('credentialLapses')
    }
    if (s.state === 'todo' && dates[s.phase] < today) reasons.push('phaseOverdue')
    if (reasons.length > 0) out.push({ key: s.key, reasons })
  }
  return out
}
