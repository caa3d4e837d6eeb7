import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { i18n } from '@renderer/i18n'
import { collect, dateRule, maxChars, required, useForm } from '@renderer/components/form/useForm'
import { normalizeTypedDate, normalizeTypedTime, readTypedDate } from '@renderer/components/form/typed'
import { SHOP_NAME_MAX } from '@shared/ipc/shopsLimits'

describe('typed dates and times, the same in every form', () => {
  it('reads the ways people write a date', () => {
    expect(normalizeTypedDate('2026/12/29')).toBe('2026-12-29')
    expect(normalizeTypedDate('2026-12-29')).toBe('2026-12-29')
    expect(normalizeTypedDate('２０２６／１２／２９')).toBe('2026-12-29')
    expect(normalizeTypedDate('2026年1月3日')).toBe('2026-01-03')
  })

  it('gives 12/29 the year nearest to today', () => {
    expect(normalizeTypedDate('12/29', '2026-12-20')).toBe('2026-12-29')
    expect(normalizeTypedDate('1/3', '2026-12-20')).toBe('2027-01-03')
    expect(normalizeTypedDate('12/29', '2027-01-05')).toBe('2026-12-29')
    expect(normalizeTypedDate('１２/２９', '2026-12-20')).toBe('2026-12-29')
  })

  it('tells a date that does not exist from text that is no date, echoed as typed', () => {
    expect(readTypedDate('2027/02/30')).toEqual({ state: 'notReal', shown: '2027/02/30' })
    expect(readTypedDate('あした')).toEqual({ state: 'unreadable', shown: 'あした' })
    expect(readTypedDate('  ')).toEqual({ state: 'empty' })
  })

  it('reads times', () => {
    expect(normalizeTypedTime('9:05')).toBe('09:05')
    expect(normalizeTypedTime('15時')).toBe('15:00')
    expect(normalizeTypedTime('１８：３０')).toBe('18:30')
  })
})

describe('the form pattern', () => {
  function harness() {
    let form!: ReturnType<typeof useForm<'name' | 'start'>>
    const C = defineComponent({
      setup() {
        form = useForm({ name: 'f-name', start: 'f-start' })
        return () => h('form', [h('input', { id: 'f-name' }), h('input', { id: 'f-start' })])
      },
    })
    const wrapper = mount(C, { global: { plugins: [i18n] }, attachTo: document.body })
    return { form, wrapper }
  }

  it('collects every problem at once, words them with the limit and focuses the first', async () => {
    i18n.global.locale.value = 'ja'
    const { form, wrapper } = harness()
    const long = 'あ'.repeat(5000)
    let sent = false
    await form.submit(
      () =>
        collect(
          maxChars('name', long, SHOP_NAME_MAX, 'shops.shopForm.name'),
          dateRule('start', '2027/02/30', { ja: '開始日', en: 'first day' }),
        ),
      async () => {
        sent = true
      },
    )
    expect(sent).toBe(false)
    expect(form.invalidFields.value).toEqual(['name', 'start'])
    expect(form.error('name')).toBe('ショップ名は100文字までです(今 5000文字)')
    expect(form.error('start')).toBe('開始日の「2027/02/30」はカレンダーにない日付です')
    await nextTick()
    expect(document.activeElement?.id).toBe('f-name')
    expect(form.controlAttrs('name')['aria-invalid']).toBe('true')
    expect(form.controlAttrs('name')['aria-describedby']).toBe('f-name-error')
    // The language of the moment, also after a switch.
    i18n.global.locale.value = 'en'
    expect(form.error('name')).toBe('The shop name can be at most 100 characters (now 5000)')
    i18n.global.locale.value = 'ja'
    wrapper.unmount()
  })

  it('sends when nothing is wrong', async () => {
    const { form, wrapper } = harness()
    const result = await form.submit(
      () => collect(required('name', 'ひなた', 'shops.shopForm.name')),
      async () => 'saved',
    )
    expect(result).toBe('saved')
    expect(form.hasErrors.value).toBe(false)
    wrapper.unmount()
  })
})
