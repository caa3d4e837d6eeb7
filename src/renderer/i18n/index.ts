import { createI18n } from 'vue-i18n'
import { common } from './areas/common'
import { screens } from './areas/screens'

// Each area keeps its own messages; they are merged here into one tree per language.
const areas = [common, screens]

function merge(lang: 'ja' | 'en') {
  return Object.assign({}, ...areas.map((a) => a[lang])) as typeof common.ja & typeof screens.ja
}

export const i18n = createI18n({
  legacy: false,
  locale: 'ja',
  fallbackLocale: 'ja',
  messages: { ja: merge('ja'), en: merge('en') },
})

export type Lang = 'ja' | 'en'

/** Picks the text of the current language from a {ja, en} pair of the domain data. */
export function pick(text: { ja: string; en: string }, lang: string): string {
  return lang === 'en' ? text.en : text.ja
}
