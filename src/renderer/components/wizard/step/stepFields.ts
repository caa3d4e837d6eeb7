import { MAX_SKIP_REASON, MAX_STEP_NOTES } from '@shared/domain/wizard/limits'
import type { MessageKey } from '@renderer/i18n'

export type StepField = 'skipReason' | 'notes'

/** The two text fields of a step: their element ids, words and the limit main enforces. */
export const stepFields: Record<
  StepField,
  {
    id: string
    limitId: string
    testid: string
    label: MessageKey
    placeholder: MessageKey
    max: number
    /** The counter turns to the warning colour once the text is over the limit. */
    warnsOver: boolean
  }
> = {
  skipReason: {
    id: 'wz-skip-reason',
    limitId: 'wz-skip-limit',
    testid: 'skip-reason',
    label: 'wizard.step.skipReason',
    placeholder: 'wizard.step.skipPlaceholder',
    max: MAX_SKIP_REASON,
    warnsOver: false,
  },
  notes: {
    id: 'wz-step-notes',
    limitId: 'wz-notes-limit',
    testid: 'step-notes',
    label: 'wizard.step.notes',
    placeholder: 'wizard.step.notesPlaceholder',
    max: MAX_STEP_NOTES,
    warnsOver: true,
  },
}
