import { createI18n } from 'vue-i18n'
import type { Bilingual, Lang } from '@shared/domain/types'
import { firstAreas, lazyAreas, type LazyArea } from './messageAreas'

// Each area keeps its own messages (namespaced by area); they are merged into one tree per
// language here. The first screen (the dashboard) needs only the first areas; the others come
// with loadMessages() before the router opens a screen that uses them. The area files are compiled
// at build time (@intlify/unplugin-vue-i18n, see electron.vite.config.ts): the page ships
// vue-i18n's runtime only and evaluates no message code.

type Messages = Record<string, unknown>

function merge(lang: Lang): Messages {
  return Object.assign({}, ...firstAreas.map((a) => a[lang])) as Messages
}

/**
 * Keys asked for in a language that lacks them ('en:wizard.x'). The page falls back to Japanese,
 * which a Japanese reader would never notice; the e2e walk of every screen reads this list.
 */
export const missingMessages = new Set<string>()
;(globalThis as { __holidayPrepMissingMessages?: Set<string> }).__holidayPrepMissingMessages = missingMessages

export const i18n = createI18n<[Messages], Lang, false>({
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

const loading = new Map<LazyArea, Promise<void>>()

/** Loads each area once, in both languages so that switching the language shows nothing missing. */
export function loadMessages(areas: readonly LazyArea[]): Promise<void> {
  return Promise.all(
    areas.map((name) => {
      let done = loading.get(name)
      if (!done) {
        done = lazyAreas[name]().then(({ default: area }) => {
          for (const lang of ['ja', 'en'] as const) i18n.global.mergeLocaleMessage(lang, area[lang])
        })
        loading.set(name, done)
      }
      return done
    }),
  ).then(() => undefined)
}

/** Every lazy area: the whole tree, as the tests compare it. */
export function loadLaterMessages(): Promise<void> {
  return loadMessages(Object.keys(lazyAreas) as LazyArea[])
}

/** Picks the text of the current language from a {ja, en} pair of the domain data. */
export function pick(text: Bilingual, lang: string): string {
  return lang === 'en' ? text.en : text.ja
}

export type { LazyArea } from './messageAreas'
export { useI18n, type TranslateFn } from './useI18n'
export type { MessageKey } from './keys'
export { month, weekday } from './indexKeys'
