import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  collectReferences,
  leafPaths,
  messageTables,
  unusedMessages,
  type SourceFile,
} from '../../scripts/unused-messages'

// Each screen of src/renderer/screens.ts names the lazy message areas its components use, and
// the router loads only those: a component that uses a key of another area would show the key.
// This walks each screen's imports (static and lazy) and compares. The files are read as text:
// the screens import .vue files, which the node tests do not compile.
const ROOT = process.cwd()
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

function resolveImport(from: string, spec: string): string | undefined {
  let base: string
  if (spec.startsWith('@renderer/')) base = `src/renderer/${spec.slice('@renderer/'.length)}`
  else if (spec.startsWith('@shared/')) base = `src/shared/${spec.slice('@shared/'.length)}`
  else if (spec.startsWith('.')) base = relative(ROOT, join(ROOT, dirname(from), spec))
  else return undefined
  return [base, `${base}.ts`, `${base}/index.ts`].find(
    (p) => /\.(ts|vue)$/.test(p) && existsSync(join(ROOT, p)),
  )
}

/**
 * A file and everything it imports, but the message tables and the screen list (the
 * navigation imports it; each screen's tree is looked at on its own).
 */
function importTree(file: string, seen = new Map<string, SourceFile>()): SourceFile[] {
  const outside = file.startsWith('src/renderer/i18n/') || file === 'src/renderer/screens.ts'
  if (seen.has(file) || outside) return [...seen.values()]
  const text = read(file)
  seen.set(file, { path: file, text })
  for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*)['"]([^'"]+)['"]/g)) {
    const target = resolveImport(file, m[1]!)
    if (target) importTree(target, seen)
  }
  return [...seen.values()]
}

interface ScreenEntry {
  name: string
  component: string | undefined
  messages: string[]
}

/** The entries of screens.ts: name, component file (a lazy import or one at the top), areas. */
function screenEntries(): ScreenEntry[] {
  const text = read('src/renderer/screens.ts')
  const list = text.slice(text.indexOf('export const screens = ['))
  return list
    .split(/\n {2}\{\n/)
    .slice(1)
    .map((entry) => {
      const name = /name: '([^']+)'/.exec(entry)![1]!
      const lazy = /component: \(\) => import\('([^']+)'\)/.exec(entry)?.[1]
      const eager = /component: (\w+),/.exec(entry)?.[1]
      const spec = lazy ?? (eager && new RegExp(`import ${eager} from '([^']+)'`).exec(text)?.[1])
      const messages = /messages: \[([^\]]*)\]/.exec(entry)?.[1] ?? ''
      return {
        name,
        component: spec ? resolveImport('src/renderer/screens.ts', spec) : undefined,
        messages: [...messages.matchAll(/'(\w+)'/g)].map((m) => m[1]!).sort(),
      }
    })
}

let areaOfTopKey: Map<string, string>
let lazyKeys: string[]

beforeAll(async () => {
  const lazyAreas = read('src/renderer/i18n/messageAreas.ts')
  const lazy = new Map(
    [...lazyAreas.matchAll(/(\w+): \(\) => import\('\.\/areas\/(\w+)'\)/g)].map((m) => [m[2]!, m[1]!]),
  )
  areaOfTopKey = new Map()
  lazyKeys = []
  for (const [file, tree] of await messageTables()) {
    const area = lazy.get(file)
    if (!area) continue
    for (const top of Object.keys(tree as object)) areaOfTopKey.set(top, area)
    lazyKeys.push(...leafPaths(tree))
  }
})

/** The lazy message areas the files use. */
function areasUsed(files: SourceFile[]): string[] {
  const unused = new Set(unusedMessages(lazyKeys, collectReferences(files)))
  const used = lazyKeys.filter((k) => !unused.has(k)).map((k) => areaOfTopKey.get(k.split('.')[0]!)!)
  return [...new Set(used)].sort()
}

describe('screens: each loads the message areas its components use', () => {
  const entries = screenEntries()

  it('reads every screen and lazy area', () => {
    expect(entries.map((e) => e.name)).toContain('dashboard')
    expect(entries.length).toBeGreaterThan(8)
    expect(new Set(areaOfTopKey.values()).size).toBeGreaterThan(2)
    expect(lazyKeys.length).toBeGreaterThan(100)
  })

  it('the shell (navigation, toasts) needs none: it shows before a screen loads its areas', () => {
    expect(areasUsed(importTree('src/renderer/App.vue'))).toEqual([])
  })

  for (const entry of entries) {
    it(`${entry.name}: names the areas its import tree uses, no more, no fewer`, () => {
      expect(entry.component, 'the screen component file').toBeDefined()
      expect(entry.messages).toEqual(areasUsed(importTree(entry.component!)))
    })
  }
})
