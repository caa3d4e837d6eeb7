import { beforeAll, describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { i18n, loadLaterMessages, month, weekday } from '@renderer/i18n'
import syntax from './fixtures/syntaxMessages'
import { messageKeys } from './messageTree'

// First in the file: the areas the dashboard does not use are not in the first bundle.
describe('messages of the other screens', () => {
  it('come with loadLaterMessages, in both languages', async () => {
    for (const lang of ['ja', 'en'] as const) {
      expect(i18n.global.te('wizard.title', lang)).toBe(false)
      expect(i18n.global.te('reminders.lead', lang)).toBe(false)
      expect(i18n.global.te('timeline.doByToday', lang)).toBe(true)
    }
    await loadLaterMessages()
    for (const lang of ['ja', 'en'] as const) {
      expect(i18n.global.t('wizard.title', { name: 'X' }, { locale: lang })).toMatch(/X/)
      expect(i18n.global.te('reminders.lead', lang)).toBe(true)
    }
  })
})

describe('precompiled messages', () => {
  beforeAll(() => loadLaterMessages())

  it('fill named placeholders, keep literal escapes and pick plural cases', () => {
    const t = createI18n({ legacy: false, locale: 'en', messages: syntax }).global.t
    expect(t('hello', { name: '楽天' })).toBe('Hello 楽天!')
    expect(t('mail')).toBe('ニッセン@払い and a | bar')
    expect(t('days', 1)).toBe('1 day left')
    expect(t('days', 5)).toBe('5 days left')
    expect(t('none')).toBe('no placeholders here')
  })

  it('render every message of the app in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      const keys = messageKeys(lang)
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

describe('number keys of the message tables', () => {
  it('take the weekdays and months that exist and refuse others', () => {
    expect(weekday(0)).toBe(0)
    expect(weekday(6)).toBe(6)
    expect(() => weekday(7)).toThrow(RangeError)
    expect(() => weekday(1.5)).toThrow(RangeError)
    expect(month(1)).toBe(1)
    expect(month(12)).toBe(12)
    expect(() => month(0)).toThrow(RangeError)
    expect(() => month(13)).toThrow(RangeError)
  })
})
