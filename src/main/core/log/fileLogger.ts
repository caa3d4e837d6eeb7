import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from '../ports'

export const LOG_FILE = 'holiday-prep.log'

export interface FileLoggerOptions {
  dir: string
  maxBytes?: number
  keep?: number
  now?: () => Date
}

// Names of context fields whose values are never written, whatever a caller passes.
const SECRET_FIELD = /secret|password|passphrase|licen[cs]e|apikey|api_key|token|private|pem|key$/i

function scrub(value: unknown, depth = 0): unknown {
  if (depth > 4) return '[…]'
  if (typeof value === 'string') return value.length > 500 ? `${value.slice(0, 500)}…` : value
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => scrub(v, depth + 1))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value))
      out[k] = SECRET_FIELD.test(k) ? '[redacted]' : scrub(v, depth + 1)
    return out
  }
  return value
}

/**
 * A small rotating log in the user-data folder: one JSON line per entry, errors with their
 * context, never secrets. A shop owner can send the folder to whoever helps them.
 */
export function createFileLogger(options: FileLoggerOptions): Logger & { file: string } {
  const maxBytes = options.maxBytes ?? 1_000_000
  const keep = options.keep ?? 3
  const now = options.now ?? (() => new Date())
  mkdirSync(options.dir, { recursive: true })
  const file = join(options.dir, LOG_FILE)

  function rotate() {
    if (!existsSync(file) || statSync(file).size < maxBytes) return
    rmSync(`${file}.${keep}`, { force: true })
    for (let i = keep - 1; i >= 1; i--) {
      if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`)
    }
    renameSync(file, `${file}.1`)
  }

  function write(level: string, message: string, context?: Record<string, unknown>) {
    try {
      rotate()
      const entry = {
        at: now().toISOString(),
        level,
        message,
        ...(context ? { context: scrub(context) } : {}),
      }
      appendFileSync(file, `${JSON.stringify(entry)}\n`)
    } catch {
      // Logging must never take the app down.
    }
  }

  return {
    file,
    info: (m, c) => write('info', m, c),
    warn: (m, c) => write('warn', m, c),
    error: (m, c) => write('error', m, c),
  }
}
