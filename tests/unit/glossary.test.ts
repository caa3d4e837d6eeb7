import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { glossary, type GlossaryEntry } from '@shared/domain/glossary'
const ROOT = process.cwd()

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

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
