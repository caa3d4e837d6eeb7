import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

// electron-builder's own code computes the Linux desktop entry here, from our config, the
// way `npm run dist` does (no packaging, no download).
const require = createRequire(import.meta.url)
const builderLib = require.resolve('app-builder-lib')
const yaml = require(require.resolve('js-yaml', { paths: [builderLib] })) as { load(s: string): unknown }
const { LinuxTargetHelper } = require(
  require.resolve('app-builder-lib/out/targets/LinuxTargetHelper', { paths: [builderLib] }),
) as { LinuxTargetHelper: new (p: unknown) => unknown }
const { default: AppImageTarget } = require(
  require.resolve('app-builder-lib/out/targets/appimage/AppImageTarget', { paths: [builderLib] }),
) as { default: new (...a: unknown[]) => { desktopEntry: { value: Promise<string> } } }

interface BuilderConfig {
  appId: string
  executableName: string
  linux: Record<string, unknown>
  mac: Record<string, unknown>
}
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string
  productName: string
  description: string
  version: string
  desktopName?: string
}

async function appImageDesktopEntry(): Promise<Record<string, string>> {
  const packager = {
    config,
    platformSpecificBuildOptions: config.linux,
    info: { metadata: pkg },
    appInfo: {
      productName: pkg.productName,
      description: pkg.description,
      buildVersion: pkg.version,
      sanitizedProductName: pkg.productName,
    },
    executableName: config.executableName,
    fileAssociations: [],
  }
  const helper = new LinuxTargetHelper(packager)
  const text = await new AppImageTarget(null, packager, helper, '/tmp/out').desktopEntry.value
  return Object.fromEntries(
    text
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  )
}

describe('packaging for Linux', () => {
  it('names the desktop entry in ASCII: desktopName drives StartupWMClass and the file name', async () => {
    expect(pkg.desktopName).toBe(`${pkg.name}.desktop`)
    const entry = await appImageDesktopEntry()
    expect(entry.StartupWMClass).toBe('holiday-prep')
    expect(entry.StartupWMClass).toMatch(/^[\x20-\x7e]+$/)
    expect(config.linux.syncDesktopName).toBe(true)
  })

  it('keeps our Japanese name and comment in the generated entry, and AppRun with --no-sandbox', async () => {
    const entry = await appImageDesktopEntry()
    expect(entry.Name).toBe('休業準備ナビ')
    expect(entry['Name[en]']).toBe('Holiday Prep')
    expect(entry.Comment).toBe('連休前の準備と休み明けの確認 / Closure preparation reminders')
    expect(entry.Exec).toBe('AppRun --no-sandbox %U')
    expect(entry.Categories).toBe('Office;')
  })
})

describe('packaging for macOS', () => {
  it('signs with the hardened runtime and takes no identity from the file (environment only)', () => {
    expect(config.mac.hardenedRuntime).toBe(true)
    expect(config.mac).not.toHaveProperty('identity')
    const text = readFileSync('electron-builder.yml', 'utf8')
    for (const v of ['CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_API_KEY', 'APPLE_TEAM_ID'])
      expect(text).toContain(v)
  })
})
