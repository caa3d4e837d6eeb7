import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import type { ChannelInput } from '@shared/ipc'
import type { OnboardingState, PrepRunView, PrintResult } from '@shared/ipc/wizard'
import { call } from '../api'
import { defineQuery } from '../queries/query'

/**
 * The preparation wizard as main computed it: the run on the prep screen (`view`, any closure,
 * history included). It reloads when a write elsewhere changes shops, the calendar or a run.
 * The dashboard reads the action plan instead (stores/dashboard.ts).
 */
export const useWizardStore = defineStore('wizard', () => {
  /** The closure asked for by the prep screen (undefined: the current one). */
  const requested = ref<string | undefined>(undefined)
  const viewQuery = defineQuery('getPrepRun', () => (requested.value ? { closureId: requested.value } : {}))
  const runsQuery = defineQuery('listPrepRuns', () => ({}))
  const loaded = ref(false)

  async function load(closureId?: string): Promise<void> {
    requested.value = closureId
    await viewQuery.refresh()
    loaded.value = true
  }

  // The closure switcher is a convenience: without it the screen still works (errors unshown).
  function loadRuns(): Promise<void> {
    return runsQuery.refresh()
  }

  /** Writes answer with the whole run: show it at once (events refresh the other views). */
  async function setStep(input: ChannelInput<'setStepState'>): Promise<PrepRunView> {
    const next = await call('setStepState', input)
    viewQuery.set(next)
    return next
  }

  async function saveCarrierNotes(runId: string, notes: string): Promise<PrepRunView> {
    const next = await call('saveCarrierNotes', { runId, notes })
    viewQuery.set(next)
    return next
  }

  const onboarding = () => call('getOnboarding', {})
  const completeOnboarding = (skipped: boolean): Promise<OnboardingState> =>
    call('completeOnboarding', { skipped })
  const print = (suggestedName: string): Promise<PrintResult> => call('printChecklist', { suggestedName })

  return {
    view: viewQuery.data,
    requested,
    loaded,
    loadError: viewQuery.error,
    runs: runsQuery.data,
    load,
    loadRuns,
    setStep,
    saveCarrierNotes,
    onboarding,
    completeOnboarding,
    print,
  }
})

/**
 * The first-run redirect: when the app opens on the dashboard and is new (no shops, no
 * closures, setup neither finished nor skipped), it opens the first-run setup instead. Asked
 * once per start; deep links (a notification's route) are left alone.
 */
let firstRunChecked = false
export async function firstRunRedirect(to: RouteLocationNormalized): Promise<true | RouteLocationRaw> {
  if (firstRunChecked) return true
  firstRunChecked = true
  if (to.path !== '/' || typeof window === 'undefined' || !window.api) return true
  try {
    const state = await call('getOnboarding', {})
    return state.showWelcome ? { path: '/welcome' } : true
  } catch {
    return true
  }
}
