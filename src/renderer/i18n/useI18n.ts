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

/** vue-i18n's useI18n with a `t` that checks its key. */
export function useI18n() {
  const composer = useVueI18n()
  const t: TranslateFn = (key: MessageKey, a?: number | Named, b?: number) => {
    if (a === undefined) return composer.t(key)
    if (typeof a === 'number') return composer.t(key, a)
    return b === undefined ? composer.t(key, a) : composer.t(key, a, b)
  }
  return { t, locale: composer.locale }
}
