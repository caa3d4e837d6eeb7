import { computed, ref, watch } from 'vue'
import type { StepState } from '@shared/domain/wizard'
import type { PrepRunView, PrepStepView } from '@shared/ipc/wizard'
import { useWizardStore } from '@renderer/stores/wizard'
import { useWizardFormat } from '../format'
import { charCount } from '@renderer/components/form/useForm'
import { stepFields } from './stepFields'

/**
 * The editing state of one step (完了 / スキップ(理由) / 未完了に戻す and the notes) and the
 * writes through the wizard store. `onAdvance` runs after a step was ticked or skipped.
 */
export function useStepEditor(
  source: () => { view: PrepRunView; step: PrepStepView },
  onAdvance: () => void,
) {
  const { t, errorText } = useWizardFormat()
  const store = useWizardStore()
  const step = () => source().step

  const skipping = ref(false)
  const reason = ref('')
  const notes = ref(step().notes)
  const error = ref<{ text: string; field: string | null } | null>(null)
  const status = ref<string | null>(null)
  const busy = ref(false)
  // Ticking a step the data says does not hold (a key that still lapses) is asked about first,
  // and stays marked as contradicted.
  const confirming = ref(false)

  // A new step starts clean; a reload of the same step keeps what is being typed.
  watch(
    () => step().key,
    () => {
      skipping.value = false
      reason.value = ''
      notes.value = step().notes
      error.value = null
      status.value = null
      confirming.value = false
    },
  )
  watch(reason, () => {
    if (error.value?.field === 'skipReason') error.value = null
  })
  const notesDirty = computed(() => notes.value !== step().notes)

  async function write(state: StepState, extra: { skipReason?: string; notes?: string } = {}) {
    // Over a limit, nothing is cut: the text stays and the message names the limit main enforces.
    for (const field of ['skipReason', 'notes'] as const) {
      const { id, label, max } = stepFields[field]
      const n = charCount(extra[field] ?? '')
      if (n > max) {
        error.value = { text: t('form.tooLong', { label: t(label), max, n }), field }
        document.getElementById(id)?.focus()
        return false
      }
    }
    busy.value = true
    error.value = null
    status.value = null
    try {
      await store.setStep({ runId: source().view.run.id, key: step().key, state, ...extra })
      return true
    } catch (err) {
      error.value = { text: errorText(err), field: (err as { field?: string }).field ?? null }
      return false
    } finally {
      busy.value = false
    }
  }

  const withNotes = () => (notesDirty.value ? { notes: notes.value } : {})

  async function markDone(confirmed = false) {
    if (!confirmed && step().autoResult === 'todo') {
      confirming.value = true
      return
    }
    confirming.value = false
    if (await write('done', { ...withNotes(), ...(confirmed ? { confirmContradiction: true } : {}) }))
      onAdvance()
  }

  async function confirmSkip() {
    if (await write('skipped', { skipReason: reason.value, ...withNotes() })) {
      skipping.value = false
      onAdvance()
    }
  }

  async function undo() {
    await write('todo', withNotes())
  }

  async function saveNotes() {
    const s = step()
    const extra = s.state === 'skipped' ? { skipReason: s.skipReason ?? '' } : {}
    if (await write(s.state, { ...extra, notes: notes.value })) status.value = t('wizard.step.notesSaved')
  }

  function startSkip() {
    skipping.value = true
    reason.value = step().skipReason ?? ''
  }

  return {
    skipping,
    reason,
    notes,
    notesDirty,
    error,
    status,
    busy,
    confirming,
    markDone,
    confirmSkip,
    undo,
    saveNotes,
    startSkip,
  }
}
