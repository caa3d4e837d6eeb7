import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { glossary, type GlossaryEntry } from '../../src/shared/domain/glossary'
import { stepCatalogTemplate } from '../../src/shared/domain/wizard/catalog'
import { calendar } from '../../src/renderer/i18n/areas/calendar'
import { common } from '../../src/renderer/i18n/areas/common'
import { facts } from '../../src/renderer/i18n/areas/facts'
import { form } from '../../src/renderer/i18n/areas/form'
import { reminders } from '../../src/renderer/i18n/areas/reminders'
import { screens } from '../../src/renderer/i18n/areas/screens'
import { shops } from '../../src/renderer/i18n/areas/shops'
import { timeline } from '../../src/renderer/i18n/areas/timeline'
import { wizard } from '../../src/renderer/i18n/areas/wizard'

const ROOT = process.cwd()

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** Every message of an i18n tree, with its key. */
function leaves(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]]
  if (!node || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
}

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

const areas = { calendar, common, facts, form, reminders, screens, shops, timeline, wizard }
// Areas added by others after this test was written are read from the folder, too.
const areaFiles = files(join(ROOT, 'src/renderer/i18n/areas'))

describe('i18n: the Japanese and English trees', () => {
  it('have the same keys in every area (nothing shows in one language only)', () => {
    for (const [name, area] of Object.entries(areas)) {
      const ja = leaves(area.ja).map(([k]) => k)
      const en = new Set(leaves(area.en).map(([k]) => k))
      const jaSet = new Set(ja)
      expect(
        ja.filter((k) => !en.has(k)),
        `${name}: in Japanese only`,
      ).toEqual([])
      expect(
        [...en].filter((k) => !jaSet.has(k)),
        `${name}: in English only`,
      ).toEqual([])
    }
  })

  it('reads every area file (a new area is compared by the walk of every screen meanwhile)', () => {
    expect(areaFiles.length).toBeGreaterThanOrEqual(Object.keys(areas).length)
  })
})

describe('glossary: one name for each mail, screen and state', () => {
  const entries: GlossaryEntry[] = Object.values(glossary).flatMap((group) => Object.values(group))
  // An order system's own, sourced words may name a thing its way: they are quoted facts.
  const exempt = new Set(['src/shared/domain/glossary.ts', 'src/shared/domain/orderSystems/profiles.ts'])
  const sources = [
    ...files(join(ROOT, 'src/shared/domain')),
    ...files(join(ROOT, 'src/renderer/i18n/areas')),
  ].filter((f) => !exempt.has(relative(ROOT, f)))

  it('no text uses another name for a glossary entry', () => {
    const found: string[] = []
    for (const file of sources) {
      // Comments may name a mail any way they like; only what users read counts.
      const text = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l))
        .join('\n')
      for (const e of entries) {
        for (const word of e.not.ja)
          if (text.includes(word)) found.push(`${relative(ROOT, file)}: ${word} → ${e.ja}`)
        for (const word of e.not.en)
          if (text.toLowerCase().includes(word.toLowerCase()))
            found.push(`${relative(ROOT, file)}: ${word} → ${e.en}`)
      }
    }
    expect(found).toEqual([])
  })
})

describe('step texts name only buttons that exist', () => {
  // Buttons on the malls' and order systems' own screens, which steps name as they are there.
  const outside = {
    ja: [
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
    ],
  }
  const labels = (lang: 'ja' | 'en') =>
    new Set(Object.values(areas).flatMap((a) => leaves(a[lang]).map(([, v]) => v.trim())))

  for (const lang of ['ja', 'en'] as const) {
    it(`${lang}: every [button] of a step is a button label of the app (or of the mall's screen)`, () => {
      const known = labels(lang)
      const texts = bilingual(stepCatalogTemplate)[lang]
      const named = new Set<string>()
      for (const text of texts)
        for (const m of text.matchAll(/(?<!\[)\[([^[\]]+)\](?!\])/g)) named.add(m[1]!.trim())
      const allowed = new Set(lang === 'ja' ? outside.ja : [])
      const missing = [...named].filter((n) => !known.has(n) && !allowed.has(n))
      if (lang === 'en') {
        // English steps name the malls' Japanese buttons as they are; only English names count.
        expect(missing.filter((n) => /^[ -~]+$/.test(n) && !outside.ja.includes(n))).toEqual([])
      } else expect(missing).toEqual([])
    })
  }
})
