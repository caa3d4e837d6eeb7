import type { z } from 'zod'

/**
 * Malformed inputs for a channel, derived from its schema: wrong types, missing and unknown
 * fields, huge strings, impossible dates, negative and enormous numbers, prototype keys and
 * broken text, at the top level and in every field. Only inputs the schema refuses are kept,
 * so each one is a real bad input.
 */
const junk: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  NaN,
  true,
  '',
  'x'.repeat(200_001),
  '2027-02-29',
  '0000-00-00',
  '2026-13-45',
  '\u0000\u0001',
  '\ud800\udfff\ud800',
  '\uffff\ufffe',
  '<script>alert(1)</script>',
  "'; DROP TABLE shops; --",
  [],
  [1, 2, 3],
  {},
  { nested: { deep: [null] } },
  Array.from({ length: 5000 }, (_, i) => i),
]

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> }
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema
  while (['optional', 'nullable', 'default', 'readonly'].includes(defOf(s).type) && defOf(s).innerType) {
    s = defOf(s).innerType!
  }
  return s
}

/** A value the field accepts, when easy to guess; used as the base the mutations start from. */
function plausible(schema: z.ZodType): unknown {
  const def = defOf(unwrap(schema))
  switch (def.type) {
    case 'string':
      return 'abc'
    case 'number':
      return 1
    case 'boolean':
      return true
    case 'array':
      return []
    case 'object':
      return Object.fromEntries(Object.entries(def.shape ?? {}).map(([k, v]) => [k, plausible(v)]))
    default:
      return null
  }
}

export function malformedInputs(schema: z.ZodType, min = 50): unknown[] {
  const def = defOf(schema)
  const shape = def.type === 'object' ? (def.shape ?? {}) : {}
  const base = plausible(schema) as Record<string, unknown>
  const candidates: unknown[] = [...junk]
  candidates.push({ ...base, unknownField: 1 })
  candidates.push({ ...base, constructor: { prototype: { polluted: true } } })
  const rest = JSON.stringify(base).slice(1)
  candidates.push(JSON.parse(`{"__proto__": {"polluted": true}${rest === '}' ? '' : ', '}${rest}`))
  candidates.push(JSON.parse('{"__proto__": {"polluted": true}}'))
  for (const key of Object.keys(shape)) {
    const without = { ...base }
    delete without[key]
    candidates.push(without)
    for (const value of junk) candidates.push({ ...base, [key]: value })
  }
  // Keep only what the schema refuses, each distinct; pad with more junk shapes if short.
  const seen = new Set<string>()
  const out: unknown[] = []
  const keep = (c: unknown) => {
    const keyText = `${typeof c}:${JSON.stringify(c)?.slice(0, 300)}:${c === undefined}`
    // The dispatcher reads a missing input as {} (a call without arguments).
    if (seen.has(keyText) || schema.safeParse(c === undefined ? {} : c).success) return
    seen.add(keyText)
    out.push(c)
  }
  candidates.forEach(keep)
  for (let i = 0; out.length < min && i < 200; i++) keep({ [`field${i}`]: junk[i % junk.length] })
  return out
}
