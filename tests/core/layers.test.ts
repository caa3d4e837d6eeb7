import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
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
