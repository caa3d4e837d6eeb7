import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import type { ChannelInput } from '../../shared/ipc'
import type { OnboardingState, PrepRunList, PrepRunView, PrintResult } from '../../shared/ipc/wizard'
import { call, onAppEvent } from '../api'

/**
 * The preparation wizard as main computed it: the run on the prep screen (`view`, any closure,
 * history included). It reloads when a write elsewhere changes shops, the calendar or a run.
 * The dashboard reads the action plan instead (stores/dashboard.ts).
 */
export const useWizardStore = defineStore('wizard', () => {
  const view = shallowRef<PrepRunView | null>(null)
  /** The closure asked for by the prep screen (undefined: the current one). */
  const requested = ref<string | undefined>(undefined)
  const loaded = ref(false)
  const loadError = ref<unknown>(null)
  const runs = shallowRef<PrepRunList | null>(null)
  let viewWanted = false
  let runsWanted = false
  let stop: (() => void) | null = null

  function listen() {
    if (stop || typeof window === 'undefined' || !window.api) return
    stop = onAppEvent((event) => {
      if (event.type !== 'changed') return
      if (!event.topics.some((t) => t === 'wizard' || t === 'shops' || t === 'calendar')) return
      if (viewWanted) void load(requested.value)
      if (runsWanted) void loadRuns()
    })
  }

  // Answers can come back out of order (a reload after an event, a click): only the newest counts.
  let viewSeq = 0
  async function load(closureId?: string): Promise<void> {
    viewWanted = true
    listen()
    requested.value = closureId
    const seq = ++viewSeq
    try {
      const next = await call('getPrepRun', closureId ? { closureId } : {})
      if (seq !== viewSeq) return
      view.value = next
      loadError.value = null
    } catch (error) {
      if (seq !== viewSeq) return
      loadError.value = error
    } finally {
      if (seq === viewSeq) loaded.value = true
    }
  }

  async function loadRuns(): Promise<void> {
    runsWanted = true
    listen()
    try {
      runs.value = await call('listPrepRuns', {})
    } catch {
      // The closure switcher is a convenience: without it the screen still works.
    }
  }

  /** Writes answer with the whole run: show it at once (events refresh the other views). */
  async function setStep(input: ChannelInput<'setStepState'>): Promise<PrepRunView> {
    const next = await call('setStepState', input)
    viewSeq++
    view.value = next
    return next
  }

  async function saveCarrierNotes(runId: string, notes: string): Promise<PrepRunView> {
    const next = await call('saveCarrierNotes', { runId, notes })
    viewSeq++
    view.value = next
    return next
  }

  const onboarding = () => call('getOnboarding', {})
  const completeOnboarding = (skipped: boolean): Promise<OnboardingState> =>
    call('completeOnboarding', { skipped })
  const print = (suggestedName: string): Promise<PrintResult> => call('printChecklist', { suggestedName })

  return {
    view,
    requested,
    loaded,
    loadError,
    runs,
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
