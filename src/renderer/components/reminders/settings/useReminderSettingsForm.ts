import { computed, reactive, ref, watch } from 'vue'
import type { ReminderSettingsView } from '@shared/ipc/reminders'
import { ApiError } from '@renderer/api'
import { useRemindersStore } from '@renderer/stores/reminders'
import { daysText, useReminderFormat } from '../format'
import {
  daysField,
  draftFromView,
  fieldKey,
  readDraft,
  recommendedFor,
  unplacedProblem,
  type Draft,
  type Problems,
} from './reminderDraft'

/**
 * The reminder settings as a form: the draft (what is typed), its problems, whether it differs
 * from the settings it was filled from, and saving through the reminders store.
 */
export function useReminderSettingsForm() {
  const store = useRemindersStore()
  const { t, locale, errorText } = useReminderFormat()

  const draft = reactive<Draft>(draftFromView(null))
  const problems = ref<Problems>({})
  const savedAs = ref<string | null>(null)
  const saving = ref(false)

  const snapshot = (d: Draft) => JSON.stringify(d)
  /** The settings the draft was filled from: what "changed" is measured against. */
  const base = ref(snapshot(draft))
  const dirty = computed(() => snapshot(draft) !== base.value)
  const saved = computed(() => savedAs.value !== null && savedAs.value === snapshot(draft))

  function fill(v: ReminderSettingsView) {
    Object.assign(draft, draftFromView(v))
    base.value = snapshot(draft)
  }

  // Loaded, or saved elsewhere (the tray's pause, another window): follow it unless the owner is
  // in the middle of a change.
  watch(
    () => store.settings,
    (v) => {
      if (v && !dirty.value) fill(v)
    },
    { immediate: true },
  )

  function setDays(id: string, text: string) {
    draft.days[id] = text
  }

  function resetRow(id: string) {
    draft.days[id] = daysText(recommendedFor(store.settings, id))
    const { [daysField(id)]: _gone, ...rest } = problems.value
    problems.value = rest
  }

  async function save() {
    savedAs.value = null
    const { input, problems: found } = readDraft(draft, t, locale.value)
    problems.value = found
    if (!input) return
    saving.value = true
    try {
      fill(await store.saveSettings(input))
      savedAs.value = snapshot(draft)
    } catch (error) {
      const field = error instanceof ApiError && error.field ? fieldKey(error.field) : 'form'
      problems.value = { [field]: errorText(error) }
    } finally {
      saving.value = false
    }
  }

  const formProblem = computed(() => unplacedProblem(problems.value))

  return { draft, problems, saving, dirty, saved, formProblem, setDays, resetRow, save }
}
