/**
 * Lists the message keys (leaves of the Japanese tree) that nothing in src refers to, and the
 * templates of the window's code it could not resolve (check those before deleting a key):
 *
 *   node --import tsx scripts/unused-messages.ts
 *
 * A key counts as used when a source holds it as a string literal ('calendar.tabs.month'), when a
 * literal names one of its parents ('calendar.weekdays', 'calendar.weekdays.') or when a template
 * literal could build it (`calendar.weekdays.${w}` keeps every calendar.weekdays.*). A template
 * whose head is no key (`${area}.title`) is not counted, only reported. tests/unit/messages.test.ts
 * runs the same functions, so a dead key fails the tests.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface SourceFile {
  path: string
  text: string
}

/** How the sources refer to keys: whole paths or parents, and patterns from template literals. */
export interface References {
  literals: Set<string>
  patterns: { source: string; path: string; pattern: RegExp }[]
  /** Templates with no key at their head (`${area}.title`): not counted as uses, only shown. */
  unresolved: { source: string; path: string; pattern: RegExp }[]
}

const keyLike = /^[A-Za-z_$][\w$-]*(?:\.[\w$-]+)*\.?$/
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The static parts of a template literal's body, split where `${…}` stands (braces nested). */
function templateParts(body: string): string[] {
  const parts: string[] = []
  let part = ''
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '$' && body[i + 1] === '{') {
      let depth = 1
      i += 2
      while (i < body.length && depth > 0) {
        if (body[i] === '{') depth++
        else if (body[i] === '}') depth--
        i++
      }
      i--
      parts.push(part)
      part = ''
    } else part += body[i]
  }
  return [...parts, part]
}

export function collectReferences(files: readonly SourceFile[]): References {
  const refs: References = { literals: new Set(), patterns: [], unresolved: [] }
  for (const { path, text } of files) {
    // A key literal holds no space, so its closing quote follows at once: no quote pairing
    // across prose, comments or Vue attributes is needed.
    for (const m of text.matchAll(/(['"])([A-Za-z_$][\w$.-]*)\1/g)) {
      if (m[2]!.includes('.')) refs.literals.add(m[2]!)
    }
    for (const m of text.matchAll(/`([^`]*)`/g)) {
      const body = m[1]!
      if (!body.includes('${')) {
        if (body.includes('.') && keyLike.test(body)) refs.literals.add(body)
        continue
      }
      const parts = templateParts(body)
      if (!parts.every((p) => p === '' || keyLike.test(p) || /^\.?[\w$.-]*$/.test(p))) continue
      if (!parts.join('').includes('.')) continue
      const pattern = new RegExp(`^${parts.map(escape).join('.+')}$`)
      const resolved = keyLike.test(parts[0]!) && parts[0]!.includes('.')
      ;(resolved ? refs.patterns : refs.unresolved).push({ source: body, path, pattern })
    }
  }
  return refs
}

/** The leaves no reference reaches. */
export function unusedMessages(leaves: readonly string[], refs: References): string[] {
  const used = (leaf: string) => {
    if (refs.literals.has(leaf)) return true
    for (let i = leaf.indexOf('.'); i > 0; i = leaf.indexOf('.', i + 1)) {
      const parent = leaf.slice(0, i)
      if (refs.literals.has(parent) || refs.literals.has(`${parent}.`)) return true
    }
    return refs.patterns.some((p) => p.pattern.test(leaf))
  }
  return leaves.filter((leaf) => !used(leaf))
}

const root = fileURLToPath(new URL('..', import.meta.url))
const messagesDir = join(root, 'src/renderer/i18n/areas')

/** Every .ts and .vue file of src except the message tables themselves. */
export function sourceFiles(dir = join(root, 'src')): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return path === messagesDir ? [] : sourceFiles(path)
    if (!/\.(ts|vue)$/.test(entry.name)) return []
    return [{ path: relative(root, path), text: readFileSync(path, 'utf8') }]
  })
}

/** The dotted paths of a tree's string leaves. */
export function leafPaths(tree: unknown, prefix = ''): string[] {
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k
    return typeof v === 'string' ? [path] : leafPaths(v, path)
  })
}

/** The Japanese tree of each message area (src/renderer/i18n/areas/<area>.ts), by area. */
export async function messageTables(): Promise<Map<string, unknown>> {
  const tables = new Map<string, unknown>()
  for (const file of readdirSync(messagesDir).filter((f) => f.endsWith('.ts'))) {
    // Imported by its URL: the node scripts' typecheck does not include the renderer.
    const area = (await import(pathToFileURL(join(messagesDir, file)).href)) as { default: { ja: unknown } }
    tables.set(file.replace(/\.ts$/, ''), area.default.ja)
  }
  return tables
}

async function main() {
  const leaves = [...(await messageTables()).values()].flatMap((tree) => leafPaths(tree))
  const refs = collectReferences(sourceFiles())
  const unused = unusedMessages(leaves, refs)
  const matching = (pattern: RegExp, keys: readonly string[]) => keys.filter((l) => pattern.test(l)).length
  // Only the window's code shows messages (the message types in i18n/ build no key).
  const shows = (path: string) => path.startsWith('src/renderer/') && !path.startsWith('src/renderer/i18n/')
  for (const { source, path, pattern } of refs.unresolved) {
    const n = shows(path) ? matching(pattern, unused) : 0
    if (n)
      console.log(
        `could not resolve \`${source}\` (${path}): it could name ${n} of the unused keys, check them`,
      )
  }
  for (const { source, pattern } of refs.patterns) {
    const n = matching(pattern, leaves)
    if (n) console.log(`built from \`${source}\`: ${n} keys kept`)
  }
  console.log(`${leaves.length} keys, ${unused.length} unused${unused.length ? ':' : ''}`)
  for (const key of unused) console.log(`  ${key}`)
  process.exitCode = unused.length ? 1 : 0
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main()
