import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFileLogger, LOG_FILE } from '@core/log/fileLogger'
import { makeTempDir } from '../helpers/tempDir'

let dir: ReturnType<typeof makeTempDir>
beforeEach(() => (dir = makeTempDir()))
afterEach(() => dir.remove())

describe('file logger', () => {
  it('writes JSON lines with context and redacts secret-looking fields', () => {
    const log = createFileLogger({ dir: dir.path })
    log.error('save failed', {
      channel: 'saveCredential',
      secret: 'SLK-abc-123456789',
      nested: { licenseKey: 'x' },
    })
    const lines = readFileSync(join(dir.path, LOG_FILE), 'utf8').trim().split('\n')
    const entry = JSON.parse(lines[0]!)
    expect(entry).toMatchObject({
      level: 'error',
      message: 'save failed',
      context: { channel: 'saveCredential' },
    })
    expect(entry.context.secret).toBe('[redacted]')
    expect(entry.context.nested.licenseKey).toBe('[redacted]')
    expect(lines[0]).not.toContain('SLK-abc')
  })

  it('rotates by size and keeps a bounded number of files', () => {
    const log = createFileLogger({ dir: dir.path, maxBytes: 300, keep: 2 })
    for (let i = 0; i < 40; i++) log.info(`entry ${i}`, { i })
    const base = join(dir.path, LOG_FILE)
    expect(existsSync(base)).toBe(true)
    expect(existsSync(`${base}.1`)).toBe(true)
    expect(existsSync(`${base}.2`)).toBe(true)
    expect(existsSync(`${base}.3`)).toBe(false)
    expect(readFileSync(base, 'utf8')).toContain('entry 39')
  })
})
