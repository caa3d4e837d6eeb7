import type { wizardChannels } from '@shared/ipc/wizard'
import type { AreaFactory } from './types'

export const wizardHandlers: AreaFactory<typeof wizardChannels> = (_ctx, { wizard }) => ({
  getPrepRun: ({ closureId }) => wizard.getRun(closureId),
  getPrepReadiness: () => wizard.readiness(),
  setStepState: (input) => wizard.setStepState(input),
  saveCarrierNotes: ({ runId, notes }) => wizard.saveCarrierNotes(runId, notes),
  listPrepRuns: () => wizard.listRuns(),
  getOnboarding: () => wizard.onboarding(),
  completeOnboarding: ({ skipped }) => wizard.completeOnboarding(skipped),
  printChecklist: ({ suggestedName }) => wizard.print(suggestedName),
})
