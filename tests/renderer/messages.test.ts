import { beforeAll, describe, expect, it } from 'vitest'
import { stepCatalogTemplate } from '@shared/domain/wizard/catalog'
import { i18n, loadLaterMessages } from '@renderer/i18n'
import { messageKeys } from './messageTree'

/** Every {ja, en} text of the domain data: one list per language. */
function bilingual(node: unknown, out: { ja: string[]; en: string[] } = { ja: [], en: [] }) {
  if (Array.isArray(node)) node.forEach((n) => bilingual(n, out))
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>
    if ('ja' in o && 'en' in o) {
      out.ja.push(...[o.ja].flat().filter((x): x is string => typeof x === 'string'))
      out.en.push(...[o.en].flat().filter((x): x is string => typeof x === 'string'))
    }
    Object.values(o).forEach((v) => bilingual(v, out))
  }
  return out
}

/** Every message of a language, with its key; the text as shown (messages are compiled). */
// Every area, as the app has it once the other screens' messages are loaded.
beforeAll(() => loadLaterMessages())

const tree = (lang: 'ja' | 'en'): [string, string][] =>
  messageKeys(lang).map((key) => [key, i18n.global.t(key, {}, { locale: lang })])

describe('i18n: the Japanese and English trees (every area, merged as the app merges them)', () => {
  it('have the same keys: nothing shows in one language only', () => {
    const ja = new Set(tree('ja').map(([k]) => k))
    const en = new Set(tree('en').map(([k]) => k))
    expect(
      [...ja].filter((k) => !en.has(k)),
      'in Japanese only',
    ).toEqual([])
    expect(
      [...en].filter((k) => !ja.has(k)),
      'in English only',
    ).toEqual([])
  })
})

describe('step texts name only buttons that exist', () => {
  // Buttons on the malls' and order systems' own screens, which steps name as they are there.
  const outside = [
    '新しいライセンスキーを発行',
    '新しいキーを発行',
    'ライセンスキーの確認・変更',
    'パスワードの変更',
    'アップデート',
    'Y!ログイン',
    'WEB API',
    '確認',
    '同意してはじめる',
    '表示',
    '再認可',
  ]

  for (const lang of ['ja', 'en'] as const) {
    it(`${lang}: every [button] of a step is a button label of the app (or of the mall's screen)`, () => {
      const known = new Set(tree(lang).map(([, v]) => v.trim()))
      const named = new Set<string>()
      for (const text of bilingual(stepCatalogTemplate)[lang])
        for (const m of text.matchAll(/(?<!\[)\[([^[\]]+)\](?!\])/g)) named.add(m[1]!.trim())
      const missing = [...named].filter((n) => !known.has(n) && !outside.includes(n))
      // English steps name the malls' Japanese buttons as they are there; only English names count.
      expect(lang === 'en' ? missing.filter((n) => /^[ -~]+$/.test(n)) : missing).toEqual([])
    })
  }
})
