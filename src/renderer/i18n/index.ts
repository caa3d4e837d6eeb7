import { createI18n } from 'vue-i18n'
import calendar from './areas/calendar'
import closureNotices from './areas/closureNotices'
import common from './areas/common'
import facts from './areas/facts'
import form from './areas/form'
import reminders from './areas/reminders'
import screens from './areas/screens'
import shops from './areas/shops'
import timeline from './areas/timeline'
import wizard from './areas/wizard'

// Each area keeps its own messages (namespaced by area); they are merged into one tree per
// language here. The area files are compiled at build time (@intlify/unplugin-vue-i18n, see
// electron.vite.config.ts): the page ships vue-i18n's runtime only and evaluates no message code.
const areas = [
  common,
  screens,
  shops,
  calendar,
  reminders,
  wizard,
  timeline,
  facts,
  form,
  closureNotices,
] as const

type Messages = Record<string, unknown>

function merge(lang: 'ja' | 'en'): Messages {
  return Object.assign({}, ...areas.map((a) => a[lang])) as Messages
}

/**
 * Keys asked for in a language that lacks them ('en:wizard.x'). The page falls back to Japanese,
 * which a Japanese reader would never notice; the e2e walk of every screen reads this list.
 */
export const missingMessages = new Set<string>()
;(globalThis as { __holidayPrepMissingMessages?: Set<string> }).__holidayPrepMissingMessages = missingMessages

export const i18n = createI18n<[Messages], 'ja' | 'en', false>({
  legacy: false,
  locale: 'ja',
  fallbackLocale: 'ja',
  missing: (locale, key) => {
    missingMessages.add(`${locale}:${key}`)
  },
  missingWarn: false,
  fallbackWarn: false,
  messages: { ja: merge('ja'), en: merge('en') },
})

export type Lang = 'ja' | 'en'

/** Picks the text of the current language from a {ja, en} pair of the domain data. */
export function pick(text: { ja: string; en: string }, lang: string): string {
  return lang === 'en' ? text.en : text.ja
}

export { useI18n, type TranslateFn } from './useI18n'
export type { MessageKey } from './keys'
export { month, weekday, type Month, type Weekday } from './indexKeys'
