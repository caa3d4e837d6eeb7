import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { compileMessage } from '../../src/renderer/i18n/compiler'
import { i18n } from '../../src/renderer/i18n'

function translator(messages: Record<string, string>) {
  const local = createI18n({
    legacy: false,
    locale: 'en',
    messageCompiler: compileMessage,
    messages: { en: messages },
  })
  return local.global.t
}

describe('message compiler', () => {
  it('fills named placeholders, keeps literal escapes and picks plural cases', () => {
    const t = translator({
      hello: 'Hello {name}!',
      mail: "ニッセン{'@'}払い and a {'|'} bar",
      days: '{n} day left | {n} days left',
      none: 'no placeholders here',
    })
    expect(t('hello', { name: '楽天' })).toBe('Hello 楽天!')
    expect(t('mail')).toBe('ニッセン@払い and a | bar')
    expect(t('days', 1)).toBe('1 day left')
    expect(t('days', 5)).toBe('5 days left')
    expect(t('none')).toBe('no placeholders here')
  })

  it('compiles every message of the app in both languages', () => {
    const walk = (node: unknown, path: string, out: string[]) => {
      if (typeof node === 'string') out.push(path)
      else if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node)) walk(v, `${path}${path ? '.' : ''}${k}`, out)
      return out
    }
    for (const lang of ['ja', 'en'] as const) {
      const keys = walk(i18n.global.getLocaleMessage(lang), '', [])
      expect(keys.length).toBeGreaterThan(100)
      i18n.global.locale.value = lang
      for (const key of keys) {
        const text = i18n.global.t(key, { n: 2, name: 'X', path: '/p', days: 7, keep: 5 })
        expect(text, `${lang}:${key}`).not.toMatch(/\{\s*'|\{[A-Za-z]+\}/)
      }
    }
    i18n.global.locale.value = 'ja'
  })
})
