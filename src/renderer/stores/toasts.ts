import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { ApiError } from '../api'
import { i18n, pick } from '../i18n'

export interface Toast {
  id: number
  kind: 'error' | 'info' | 'notification'
  title: string
  body: string
  route: string | null
  timeoutMs: number
}

/**
 * Short messages: errors without a form to show them, and notifications. One shows at a time
 * with a count of the rest, so a burst (three reminders after saving a closure) never covers
 * the screen; each waits its turn and gets its full time once it shows. While `quiet` (the
 * first-run setup) only errors show; the others wait until it ends.
 */
export const useToastStore = defineStore('toasts', () => {
  const queue = ref<Toast[]>([])
  const held = ref<Toast[]>([])
  const quiet = ref(false)
  let next = 1
  let timer: ReturnType<typeof setTimeout> | null = null
  let timerFor = 0

  const current = computed(() => queue.value[0] ?? null)
  const waiting = computed(() => Math.max(0, queue.value.length - 1))
  /** Every toast waiting to be seen, the visible one first (kept for callers of old). */
  const toasts = computed(() => queue.value)

  function arm() {
    const first = queue.value[0]
    if (!first || first.id === timerFor) return
    if (timer) clearTimeout(timer)
    timer = null
    timerFor = first.id
    if (first.timeoutMs > 0) timer = setTimeout(() => dismiss(first.id), first.timeoutMs)
  }

  function push(toast: Omit<Toast, 'id' | 'timeoutMs'>, timeoutMs = 8000) {
    const id = next++
    const item = { ...toast, id, timeoutMs }
    if (quiet.value && item.kind !== 'error') held.value.push(item)
    else {
      // Errors go first: they answer what the user just did.
      if (item.kind === 'error') queue.value.splice(queue.value.length > 0 ? 1 : 0, 0, item)
      else queue.value.push(item)
      arm()
    }
    return id
  }

  function dismiss(id: number) {
    queue.value = queue.value.filter((t) => t.id !== id)
    held.value = held.value.filter((t) => t.id !== id)
    if (timerFor === id) {
      if (timer) clearTimeout(timer)
      timer = null
      timerFor = 0
    }
    arm()
  }

  /** Shows the next one at once (the count's button). */
  function showNext() {
    const first = queue.value[0]
    if (first) dismiss(first.id)
  }

  function setQuiet(on: boolean) {
    quiet.value = on
    if (!on && held.value.length > 0) {
      queue.value.push(...held.value)
      held.value = []
      arm()
    }
  }

  /** Shows an error from main (or anything thrown) in the current language. */
  function error(err: unknown) {
    const locale = i18n.global.locale.value
    const body =
      err instanceof ApiError
        ? pick(err.bilingual, locale)
        : locale === 'en'
          ? 'Something went wrong.'
          : 'エラーが起きました。'
    push({ kind: 'error', title: locale === 'en' ? 'Error' : 'エラー', body, route: null }, 12000)
  }

  return { toasts, current, waiting, held, quiet, push, dismiss, showNext, setQuiet, error }
})
