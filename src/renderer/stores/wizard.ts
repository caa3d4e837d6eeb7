import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { call } from '../api'
import { defineMutation } from '../queries/mutation'
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

  // Writes answer with the whole run: shown at once (events refresh the other views).
  const answersRun = { answers: viewQuery }
  const setStep = defineMutation('setStepState', answersRun)
  const saveNotes = defineMutation('saveCarrierNotes', answersRun)

  return {
    view: viewQuery.data,
    requested,
    loaded,
    loadError: viewQuery.error,
    runs: runsQuery.data,
    load,
    loadRuns,
    setStep,
    saveCarrierNotes: (runId: string, notes: string) => saveNotes({ runId, notes }),
    completeOnboarding: (skipped: boolean) => call('completeOnboarding', { skipped }),
    print: (suggestedName: string) => call('printChecklist', { suggestedName }),
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
