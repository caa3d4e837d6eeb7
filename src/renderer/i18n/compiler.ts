import type { MessageCompiler, MessageContext } from 'vue-i18n'

/**
 * A small compiler for the message syntax this app uses: `{name}` placeholders,
 * `{'literal'}` escapes and `a | b` plural cases. It lets the renderer ship vue-i18n's
 * runtime-only build: the full message compiler is most of vue-i18n's size, and it evaluates
 * nothing the page's CSP would have to allow.
 */
type Part = { text: string } | { named: string }

function splitCases(source: string): string[] {
  const cases: string[] = []
  let depth = 0
  let current = ''
  for (const ch of source) {
    if (ch === '{') depth++
    if (ch === '}') depth = Math.max(0, depth - 1)
    if (ch === '|' && depth === 0) {
      cases.push(current.trim())
      current = ''
    } else current += ch
  }
  cases.push(cases.length > 0 ? current.trim() : current)
  return cases
}

export function parseMessage(source: string): Part[] {
  const parts: Part[] = []
  const re = /\{\s*(?:'([^']*)'|([A-Za-z_$][\w$]*|\d+))\s*\}/g
  let last = 0
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last) parts.push({ text: source.slice(last, m.index) })
    parts.push(m[1] !== undefined ? { text: m[1] } : { named: m[2]! })
    last = m.index + m[0].length
  }
  if (last < source.length) parts.push({ text: source.slice(last) })
  return parts
}

function render(parts: Part[], ctx: MessageContext<string>): string {
  return parts
    .map((p) => {
      if ('text' in p) return p.text
      const value = /^\d+$/.test(p.named) ? ctx.list(Number(p.named)) : ctx.named(p.named)
      return value === undefined || value === null ? '' : String(value)
    })
    .join('')
}

export const compileMessage: MessageCompiler<string> = (message, { key, onError }) => {
  if (typeof message !== 'string') {
    onError?.(
      Object.assign(new Error(`Message ${key} is not a string`), { code: 0, domain: 'compiler' }) as never,
    )
    return () => key
  }
  const cases = splitCases(message).map(parseMessage)
  const fn = (ctx: MessageContext<string>) =>
    cases.length > 1 ? render(ctx.plural(cases as never) as unknown as Part[], ctx) : render(cases[0]!, ctx)
  return fn as never
}
