import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../helpers/tempDir'

// The rooms the compiler checks (tsconfig.shared.json, tsconfig.core.json): shared and core get
// no DOM library, shared not even Node's types, so a window or document slipping into them fails
// `npm run typecheck` instead of surfacing in main at run time.
const tsc = resolve('node_modules/typescript/bin/tsc')
let dir: ReturnType<typeof makeTempDir> | null = null
afterEach(() => dir?.remove())

function check(config: string, source: string) {
  dir = makeTempDir('hp-layers-')
  const file = join(dir.path, 'probe.ts')
  writeFileSync(file, source)
  const project = join(dir.path, 'tsconfig.json')
  writeFileSync(
    project,
    JSON.stringify({
      extends: resolve(config),
      // The probe lives in a temp folder: its types come from the project's node_modules.
      compilerOptions: { typeRoots: [resolve('node_modules/@types')] },
      include: [],
      files: [file],
    }),
  )
  return spawnSync(process.execPath, [tsc, '--noEmit', '-p', project], { encoding: 'utf8', timeout: 60_000 })
}

describe('layers the compiler checks', () => {
  it('refuses a DOM type in core', () => {
    const r = check('tsconfig.core.json', 'export const el: HTMLElement | null = null\n')
    expect(r.status).not.toBe(0)
    expect(r.stdout).toContain("Cannot find name 'HTMLElement'")
  })

  it('refuses Node in shared', () => {
    const r = check('tsconfig.shared.json', 'export const dir: string = process.cwd()\n')
    expect(r.status).not.toBe(0)
    expect(r.stdout).toContain("Cannot find name 'process'")
  })

  it('accepts plain TypeScript in both', () => {
    expect(check('tsconfig.shared.json', 'export const n: number = 1\n').status).toBe(0)
    expect(
      check('tsconfig.core.json', "import { join } from 'node:path'\nexport const p = join('a', 'b')\n")
        .status,
    ).toBe(0)
  })
})

// Persistence speaks the domain's language: the IPC contract (src/shared/ipc*) is what the
// window sees and may change with a screen; a repository that imported it would change with it.
const contract = resolve('src/shared/ipc')

/** The imports of `source` (as if it were `file`) that land in the IPC contract. */
function contractImports(file: string, source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((spec) => {
      const aliased = /^@shared\/(.*)$/.exec(spec)
      if (!aliased && !spec.startsWith('.')) return false
      const target = (aliased ? resolve('src/shared', aliased[1]!) : resolve(dirname(file), spec)).replace(
        /\.(ts|js)$/,
        '',
      )
      return target === contract || target.startsWith(contract + '/')
    })
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
}

describe('layers the tests check', () => {
  const db = resolve('src/main/core/db')

  it('no file in src/main/core/db imports the IPC contract', () => {
    const files = filesUnder(db)
    expect(files.length).toBeGreaterThan(5)
    const found = files.flatMap((f) =>
      contractImports(f, readFileSync(f, 'utf8')).map((spec) => `${relative(resolve('.'), f)}: ${spec}`),
    )
    expect(found).toEqual([])
  })

  it('would see such an import, in any of its forms', () => {
    const probe = join(db, 'probe.ts')
    for (const line of [
      "import type { CredentialHistoryEntry } from '../../../shared/ipc/shops'",
      "import { channelNames } from '../../../shared/ipc'",
      "export type { Channels } from '../../../shared/ipc.ts'",
      "const c = await import('../../../shared/ipc/calendar')",
      "import type { X } from '../../../shared/ipc/index.js'",
      "import type { ShopsOverview } from '@shared/ipc/shops'",
      "import { contract } from '@shared/ipc'",
    ])
      expect(contractImports(probe, line), line).toHaveLength(1)
    for (const line of [
      "import type { Shop } from '../../../shared/domain/types'",
      "import { AppError } from '../../../shared/errors'",
      "import type { Db } from './open'",
    ])
      expect(contractImports(probe, line), line).toEqual([])
  })
})
