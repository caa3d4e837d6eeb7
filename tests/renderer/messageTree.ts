import { i18n } from '@renderer/i18n'

/**
 * Every message key of a language's tree. The messages are compiled at build time, so a leaf is
 * a message AST, not a string: vue-i18n itself says which nodes are messages.
 */
export function messageKeys(lang: 'ja' | 'en'): string[] {
  const walk = (node: unknown, path: string): string[] =>
    Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => {
      const key = path ? `${path}.${k}` : k
      return i18n.global.te(key, lang) ? [key] : walk(v, key)
    })
  return walk(i18n.global.getLocaleMessage(lang), '')
}
