import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appPaths } from '../../src/main/electron/paths'
import { channelNames } from '@shared/ipc'

// These read the output of `electron-vite build`, which `npm test` runs first.
const out = (p: string) => join(process.cwd(), 'out', p)

describe('the built app', () => {
  it('has one CommonJS preload that requires nothing but electron', () => {
    const file = out('preload/index.cjs')
    expect(existsSync(file)).toBe(true)
    const code = readFileSync(file, 'utf8')
    const requires = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])
    expect(new Set(requires)).toEqual(new Set(['electron']))
    expect(code).not.toMatch(/^\s*import\s|^\s*export\s|\bimport\s*\(/m)
    // No other chunk next to it that it could try to load.
    for (const name of ['index.js', 'index.mjs']) expect(existsSync(out(`preload/${name}`))).toBe(false)
    // Every contract channel is exposed.
    for (const name of channelNames) expect(code).toContain(name)
  })

  it('main points at that preload and at the built renderer', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string }
    expect(existsSync(pkg.main)).toBe(true)
    const paths = appPaths(dirname(join(process.cwd(), pkg.main)))
    expect(paths.preload).toBe(out('preload/index.cjs'))
    expect(existsSync(paths.preload)).toBe(true)
    expect(existsSync(paths.rendererHtml)).toBe(true)
  })

  it('ships a strict Content-Security-Policy in the page', () => {
    const html = readFileSync(out('renderer/index.html'), 'utf8')
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/) // no inline script
    expect(html).not.toMatch(/(src|href)="https?:/) // no remote content
  })

  it('keeps zod out of the first screen, and full zod out of the renderer', () => {
    const dir = out('renderer/assets')
    const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(3)
    // What index.html loads before the first screen: the entry and its modulepreloads.
    const html = readFileSync(out('renderer/index.html'), 'utf8')
    const initial = [...html.matchAll(/(?:src|href)="\.?\/?assets\/([^"]+\.js)"/g)].map((m) => m[1]!)
    expect(initial.length).toBeGreaterThan(1)
    for (const file of initial) expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain('_zod')
    // The forms' rules are zod/mini schemas in their screens' chunks; the full build (its
    // classes named "ZodString", …) stays in main, where the channel schemas run.
    const withZod = scripts.filter((f) => readFileSync(join(dir, f), 'utf8').includes('_zod'))
    expect(withZod.length).toBeGreaterThan(0)
    for (const file of scripts)
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain('"ZodString"')
  })
})
