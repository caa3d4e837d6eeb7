import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import LanguageSwitch from '@renderer/components/LanguageSwitch.vue'
import EmptyState from '@renderer/components/EmptyState.vue'
import { i18n } from '@renderer/i18n'
import { useToastStore } from '@renderer/stores/toasts'

// window.api as the preload would expose it, answering like the main process.
function fakeApi() {
  let language: 'ja' | 'en' = 'ja'
  const settings = {
    getSettings: vi.fn(async () => ({ ok: true, value: { language } })),
    setLanguage: vi.fn(async (input: { language: 'ja' | 'en' }) => {
      language = input.language
      return { ok: true, value: { language } }
    }),
  }
  return { settings, onEvent: vi.fn(() => () => undefined) }
}

describe('renderer shell components', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'ja'
  })

  it('switches the language through window.api and re-renders in English', async () => {
    const api = fakeApi()
    Object.assign(window, { api })
    const wrapper = mount(LanguageSwitch, { global: { plugins: [i18n] } })
    expect(wrapper.get('[data-testid="lang-ja"]').attributes('aria-pressed')).toBe('true')
    await wrapper.get('[data-testid="lang-en"]').trigger('click')
    await flushPromises()
    expect(api.settings.setLanguage).toHaveBeenCalledWith({ language: 'en' })
    expect(i18n.global.locale.value).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(wrapper.get('[data-testid="lang-en"]').attributes('aria-pressed')).toBe('true')
  })

  it('keeps the language when main refuses the change', async () => {
    const api = fakeApi()
    api.settings.setLanguage.mockResolvedValueOnce({
      ok: false,
      error: { code: 'invalid_input', message: { ja: '選べない値です', en: 'Not allowed' } },
    } as never)
    Object.assign(window, { api })
    const wrapper = mount(LanguageSwitch, { global: { plugins: [i18n] } })
    await wrapper.get('[data-testid="lang-en"]').trigger('click')
    await flushPromises()
    expect(i18n.global.locale.value).toBe('ja')
    expect(useToastStore().toasts.map((t) => t.body)).toEqual(['選べない値です'])
  })

  it('shows an empty state as a status with its title and text', () => {
    const wrapper = mount(EmptyState, { props: { title: 'まだありません', body: 'ここに表示されます' } })
    expect(wrapper.get('[role="status"]').text()).toContain('まだありません')
    expect(wrapper.text()).toContain('ここに表示されます')
  })
})
