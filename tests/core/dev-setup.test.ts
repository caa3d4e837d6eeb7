import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useFixedUserData } from '../../src/main/electron/paths'
import { DATA_FOLDER_SHOWN, USER_DATA_FOLDER, userDataDir } from '@shared/appIdentity'
import { makeTempDir } from '../helpers/tempDir'

// What a developer and a shop owner meet first: the start scripts, the Node version, the CI
// workflow and the README's promises. None of it needs Electron to run here.
const require = createRequire(import.meta.url)
const read = (p: string) => readFileSync(p, 'utf8')

/** A local port with nothing listening, so a download there is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as { port: number }
  await new Promise<void>((r) => server.close(() => r()))
  return port
}

describe('npm run dev without the Electron binary and without network', () => {
  it('stops within seconds with what is missing and how to fix it, in Japanese and English', async () => {
    const empty = makeTempDir('hp-no-electron-')
    try {
      const started = Date.now()
      const r = spawnSync(process.execPath, ['scripts/native-abi.mjs', 'electron'], {
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          ...process.env,
          // Nothing to download from, no cached zip, and a binary that is not there even on a
          // PC that has downloaded Electron before.
          ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
          electron_config_cache: empty.path,
          ELECTRON_OVERRIDE_DIST_PATH: empty.path,
        },
      })
      const seconds = (Date.now() - started) / 1000
      expect(r.status).toBe(1)
      expect(r.stderr).toContain('休業準備ナビを起動できません')
      expect(r.stderr).toContain('インターネットにつないで')
      expect(r.stderr).toContain('Cannot start Holiday Prep')
      expect(r.stderr).toContain('connect to the internet')
      expect(r.stderr).toContain('ECONNREFUSED')
      expect(r.stderr).toContain('npx install-electron')
      const output = r.stdout + r.stderr
      expect(output).not.toMatch(/^\s+at\s/m) // no stack trace
      expect(output).not.toContain('Electron uninstall')
      expect(seconds).toBeLessThan(30)
    } finally {
      empty.remove()
    }
    // better-sqlite3 was left alone: the tests can still load it.
    const probe = spawnSync(process.execPath, ['-e', "require('better-sqlite3')(':memory:').close()"])
    expect(probe.status).toBe(0)
  })

  it('every start script fetches Electron (through the ABI switch) before electron-vite or electron-builder', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts
    for (const name of ['dev', 'start', 'dist']) {
      const steps = scripts[name]!.split('&&').map((s) => s.trim())
      expect(steps[0], name).toBe('node scripts/native-abi.mjs electron')
    }
    for (const name of ['test', 'test:unit', 'web', 'bench']) {
      expect(scripts[name]!.startsWith('node scripts/native-abi.mjs node &&'), name).toBe(true)
    }
    // The unit project reads the built app (tests/shell/build.test.ts): it builds first.
    expect(scripts['test:unit']).toContain('electron-vite build')
  })

  it('rejects an unknown target', () => {
    expect(spawnSync(process.execPath, ['scripts/native-abi.mjs', 'nodejs']).status).toBe(2)
  })
})

describe('one Node version story', () => {
  const nvmrc = read('.nvmrc').trim()
  const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node

  it('.nvmrc satisfies package.json engines and every locked package', () => {
    // semver comes with npm's own dependency tree (electron-builder, eslint…).
    const semver = require('semver') as { satisfies(v: string, r: string): boolean }
    expect(nvmrc).toMatch(/^\d+\.\d+\.\d+$/)
    expect(semver.satisfies(nvmrc, engines)).toBe(true)
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { engines?: { node?: string }; optional?: boolean }>
    }
    const unhappy = Object.entries(lock.packages)
      .filter(([, p]) => !p.optional && p.engines?.node && !semver.satisfies(nvmrc, p.engines.node))
      .map(([name, p]) => `${name} wants ${p.engines!.node}`)
    expect(unhappy).toEqual([])
  })

  it('README and the contributing guide name the same version', () => {
    expect(read('README.md')).toContain(`Node.js ${nvmrc}`)
    expect(read('docs/contributing.md')).toContain(nvmrc)
  })

  it('the workflow takes its Node from .nvmrc', () => {
    expect(read('.github/workflows/ci.yml')).toContain('node-version-file: .nvmrc')
  })
})

describe('the GitHub workflow', () => {
  // js-yaml is what electron-builder reads its own config with; it is installed with it.
  const yaml = require('js-yaml') as { load(s: string): unknown }
  type Step = { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown> }
  type Job = {
    'runs-on': string
    container?: string
    needs?: string[]
    if?: string
    strategy?: { matrix: { os: string[] } }
    steps: Step[]
  }
  const workflow = yaml.load(read('.github/workflows/ci.yml')) as {
    on: { push: { tags: string[] } }
    jobs: Record<string, Job>
  }

  it('is valid YAML with a full test job on Linux', () => {
    const test = workflow.jobs.test!
    expect(test['runs-on']).toBe('ubuntu-latest')
    expect(test.steps.map((s) => s.run ?? '').join('\n')).toContain('bash .ci/run')
    expect(read('.ci/run')).toContain('npm test')
  })

  it('builds installers on Windows, macOS and Linux and smoke-tests the built app in real Electron', () => {
    const pkg = workflow.jobs.package!
    expect(pkg.strategy!.matrix.os).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest'])
    const runs = pkg.steps.map((s) => s.run ?? '')
    const at = (re: RegExp) => runs.findIndex((r) => re.test(r))
    const order = [
      at(/^npm ci$/),
      at(/scripts\/ensure-electron\.mjs/),
      at(/electron-vite build/),
      at(/electron-builder --publish never/),
      at(/native-abi\.mjs electron/),
      at(/packaged-app\.mjs --github-env/),
      at(/xvfb-run -a bash scripts\/with-keyring\.sh npx vitest run .*tests\/e2e\/electron-smoke\.test\.ts/),
    ]
    expect(
      order.every((i) => i >= 0),
      JSON.stringify(order),
    ).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(runs.filter((r) => r.includes('tests/e2e/electron-smoke.test.ts'))).toHaveLength(2)
    const smoke = pkg.steps.filter((s) => s.run?.includes('electron-smoke'))
    for (const s of smoke)
      expect((s as { env?: Record<string, string> }).env?.HOLIDAY_PREP_SMOKE_REQUIRED).toBe('1')
    const upload = pkg.steps.find(
      (s) => s.uses?.startsWith('actions/upload-artifact') && s.name === 'Upload the installer',
    )
    expect(String(upload?.with?.path)).toMatch(/\.exe[\s\S]*\.dmg[\s\S]*\.AppImage/)
    expect(existsSync('tests/e2e/electron-smoke.test.ts')).toBe(true)
  })

  it('turns a v* tag into a draft release of those installers', () => {
    expect(workflow.on.push.tags).toEqual(['v*'])
    const release = workflow.jobs.release!
    expect(release.if).toContain('refs/tags/v')
    expect(release.needs).toEqual(['test', 'package'])
    const publish = release.steps.find((s) => s.uses?.startsWith('softprops/action-gh-release'))
    expect(publish?.with?.draft).toBe(true)
  })

  it('uses only the scripts that exist', () => {
    const text = read('.github/workflows/ci.yml')
    for (const m of text.matchAll(/scripts\/([\w.-]+\.(?:mjs|sh))/g))
      expect(existsSync(`scripts/${m[1]}`), m[1]).toBe(true)
  })
})

describe('where the data lives', () => {
  it('README shows the folder the app uses, on every platform', () => {
    const readme = read('README.md')
    expect(USER_DATA_FOLDER).toMatch(/^[a-z0-9-]+$/)
    for (const shown of Object.values(DATA_FOLDER_SHOWN)) expect(readme).toContain(`\`${shown}\``)
    // No other spelling of the folder anywhere in the README (the product name is not a path).
    const paths = [
      ...readme.matchAll(/(%APPDATA%\\[^\\`\s]+|Application Support\/[^/`\s]+|\.config\/[^/`\s]+)/g),
    ].map((m) => m[1])
    expect(paths.length).toBeGreaterThan(2)
    for (const p of paths) expect(p!.endsWith(USER_DATA_FOLDER), p).toBe(true)
  })

  it('userDataDir joins the folder onto the OS app-data folder', () => {
    expect(userDataDir('C:\\Users\\a\\AppData\\Roaming', '\\')).toBe(
      'C:\\Users\\a\\AppData\\Roaming\\holiday-prep',
    )
    expect(userDataDir('/home/a/.config/', '/')).toBe('/home/a/.config/holiday-prep')
  })

  it('the shell sets userData from it, instead of Electron naming the folder after 休業準備ナビ', () => {
    // Electron's default userData is <appData>/<productName>; the shell moves it beside, to ours.
    const set: [string, string][] = []
    const fakeApp = (userData: string, switches: string[] = []) => ({
      getPath: () => userData,
      setPath: (name: string, path: string) => set.push([name, path]),
      commandLine: { hasSwitch: (s: string) => switches.includes(s) },
    })
    const joined = useFixedUserData(fakeApp(join('/home/a/.config', '休業準備ナビ')) as never)
    expect(joined).toBe(join('/home/a/.config', USER_DATA_FOLDER))
    expect(set).toEqual([['userData', join('/home/a/.config', USER_DATA_FOLDER)]])
    // A run given its own --user-data-dir (the smoke test) keeps it.
    set.length = 0
    expect(useFixedUserData(fakeApp('/tmp/smoke', ['user-data-dir']) as never)).toBe('/tmp/smoke')
    expect(set).toEqual([])
    // And runApp applies it before anything reads userData.
    const shell = read('src/main/electron/app.ts')
    expect(shell.indexOf('useFixedUserData(app)')).toBeGreaterThan(0)
    expect(shell.indexOf('useFixedUserData(app)')).toBeLessThan(shell.indexOf('requestSingleInstanceLock'))
  })
})
