import { useI18n as useVueI18n } from 'vue-i18n'
import type { MessageKey } from './keys'

type Named = Record<string, unknown>

/**
 * vue-i18n's `t` takes any string, so a misspelt key would only show up as a missing message on
 * screen. This one takes the app's keys only.
 */
export interface TranslateFn {
  (key: MessageKey): string
  (key: MessageKey, plural: number): string
  (key: MessageKey, named: Named): string
  (key: MessageKey, named: Named, plural: number): string
}

/** vue-i18n's useI18n, its `t` typed to check the key (the same function: nothing on the hot path). */
export function useI18n() {
  const { t, locale } = useVueI18n()
  return { t: t as TranslateFn, locale }
}
