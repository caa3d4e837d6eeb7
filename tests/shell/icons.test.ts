import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))
const { appPaths, trayIconFile } = await import('../../src/main/electron/paths')

const resources = join(process.cwd(), 'resources')

function pngHeader(file: string) {
  const b = readFileSync(file)
  expect(b.subarray(1, 4).toString('latin1'), file).toBe('PNG')
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bitDepth: b[24]!, colorType: b[25]! }
}

/** The RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what resources/src/make-icons.sh writes). */
function rgbaPixels(file: string): number[][] {
  const b = readFileSync(file)
  const { width, height, bitDepth, colorType } = pngHeader(file)
  expect([bitDepth, colorType]).toEqual([8, 6])
  const idat: Buffer[] = []
  for (let at = 8; at < b.length;) {
    const length = b.readUInt32BE(at)
    if (b.subarray(at + 4, at + 8).toString('latin1') === 'IDAT')
      idat.push(b.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * 4
  const out = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!
      const a = x >= 4 ? out[y * stride + x - 4]! : 0
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0
      const p = a + up - c
      const paeth =
        Math.abs(p - a) <= Math.abs(p - up) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - up) <= Math.abs(p - c)
            ? up
            : c
      const pred = [0, a, up, (a + up) >> 1, paeth][filter]!
      out[y * stride + x] = (v + pred) & 0xff
    }
  }
  const pixels: number[][] = []
  for (let i = 0; i < out.length; i += 4) pixels.push([out[i]!, out[i + 1]!, out[i + 2]!, out[i + 3]!])
  return pixels
}

function icoSizes(file: string): number[] {
  const b = readFileSync(file)
  expect([b.readUInt16LE(0), b.readUInt16LE(2)]).toEqual([0, 1])
  return Array.from({ length: b.readUInt16LE(4) }, (_, i) => b[6 + i * 16] || 256)
}

describe('tray icons per platform', () => {
  it('macOS gets a template image (black and transparent only) at 16 px with a 32 px @2x', () => {
    const file = trayIconFile(resources, 'darwin')
    expect(file.endsWith('Template.png')).toBe(true) // nativeImage marks it a template by name
    expect(pngHeader(file)).toMatchObject({ width: 16, height: 16 })
    const retina = file.replace(/\.png$/, '@2x.png')
    expect(pngHeader(retina)).toMatchObject({ width: 32, height: 32 })
    for (const f of [file, retina]) {
      const pixels = rgbaPixels(f)
      expect(pixels.some(([, , , a]) => a === 255)).toBe(true)
      expect(pixels.some(([, , , a]) => a === 0)).toBe(true)
      expect(pixels.every(([r, g, b, a]) => a === 0 || (r === 0 && g === 0 && b === 0))).toBe(true)
    }
  })

  it('Windows gets an .ico with the notification-area sizes for 100–200 % scaling', () => {
    const file = trayIconFile(resources, 'win32')
    expect(file.endsWith('.ico')).toBe(true)
    expect(icoSizes(file)).toEqual(expect.arrayContaining([16, 20, 24, 32]))
  })

  it('Linux gets a small full-colour PNG', () => {
    const file = trayIconFile(resources, 'linux')
    expect(pngHeader(file)).toMatchObject({ width: 32, height: 32 })
    expect(rgbaPixels(file).some(([r, g, b]) => r !== g || g !== b)).toBe(true)
  })

  it('the paths hold from the built main inside app.asar (resources/ is packaged next to out/)', () => {
    const paths = appPaths('/x/resources/app.asar/out/main')
    expect(paths.resources).toBe('/x/resources/app.asar/resources')
    expect(trayIconFile(paths.resources, 'darwin')).toBe(
      '/x/resources/app.asar/resources/tray/trayTemplate.png',
    )
    const builder = readFileSync('electron-builder.yml', 'utf8')
    expect(builder).toMatch(/files:[\s\S]*- resources\/\*\*\/\*/)
  })
})

describe('app icons', () => {
  it('Windows installer and shortcuts use a ready .ico with a 256 px image', () => {
    expect(icoSizes(join(resources, 'icon.ico'))).toEqual(expect.arrayContaining([16, 32, 48, 256]))
    expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(/win:[\s\S]*?icon: resources\/icon\.ico/)
  })

  it('every PNG is 8 bits per channel: 16-bit PNGs are not read by every icon converter and tray', () => {
    const pngs: string[] = []
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name))
        else if (e.name.endsWith('.png')) pngs.push(join(d, e.name))
      }
    }
    walk(resources)
    expect(pngs.length).toBeGreaterThan(8)
    for (const f of pngs) expect(pngHeader(f).bitDepth, f).toBe(8)
    expect(existsSync(join(resources, 'icons', '512x512.png'))).toBe(true)
  })
})
