import { createI18n } from 'vue-i18n'
import calendar from './areas/calendar'
import closureNotices from './areas/closureNotices'
import common from './areas/common'
import form from './areas/form'
import shops from './areas/shops'
import timeline from './areas/timeline'

// Each area keeps its own messages (namespaced by area); they are merged into one tree per
// language here. The first screen (the dashboard) needs only these; the others come with
// loadLaterMessages() before the router opens any other screen. The area files are compiled at build time (@intlify/unplugin-vue-i18n, see
// electron.vite.config.ts): the page ships vue-i18n's runtime only and evaluates no message code.
const areas = [common, shops, calendar, timeline, form, closureNotices] as const

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

let later: Promise<void> | undefined

/**
 * The areas no part of the dashboard uses (its panels and the shell name none of their keys),
 * loaded once, in both languages so that switching the language shows nothing missing.
 */
export function loadLaterMessages(): Promise<void> {
  later ??= Promise.all([
    import('./areas/screens'),
    import('./areas/reminders'),
    import('./areas/wizard'),
    import('./areas/facts'),
  ]).then((modules) => {
    for (const lang of ['ja', 'en'] as const)
      for (const { default: area } of modules) i18n.global.mergeLocaleMessage(lang, area[lang])
  })
  return later
}

export type Lang = 'ja' | 'en'

/** Picks the text of the current language from a {ja, en} pair of the domain data. */
export function pick(text: { ja: string; en: string }, lang: string): string {
  return lang === 'en' ? text.en : text.ja
}

export { useI18n, type TranslateFn } from './useI18n'
export type { MessageKey } from './keys'
export { month, weekday, type Month, type Weekday } from './indexKeys'
