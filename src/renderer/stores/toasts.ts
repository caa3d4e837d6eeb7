import { defineStore } from 'pinia'
import { ref } from 'vue'
import { ApiError } from '../api'
import { i18n, pick } from '../i18n'

export interface Toast {
  id: number
  kind: 'error' | 'info' | 'notification'
  title: string
  body: string
  route: string | null
}

/** Short messages in the corner: errors without a form to show them, and notifications. */
export const useToastStore = defineStore('toasts', () => {
  const toasts = ref<Toast[]>([])
  let next = 1

  function push(toast: Omit<Toast, 'id'>, timeoutMs = 8000) {
    const id = next++
    toasts.value.push({ ...toast, id })
    if (timeoutMs > 0) setTimeout(() => dismiss(id), timeoutMs)
    return id
  }

  function dismiss(id: number) {
    toasts.value = toasts.value.filter((t) => t.id !== id)
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

  return { toasts, push, dismiss, error }
})
