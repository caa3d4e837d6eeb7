import { computed, nextTick, reactive, ref, watch } from 'vue'
import type { IsoDate } from '@shared/domain/types'
import { ApiError } from '@renderer/api'
import { pick, useI18n, type MessageKey } from '@renderer/i18n'
import { isTimeOfDay } from '@shared/domain/timeOfDay'
import { readTypedDate, normalizeTypedTime } from './typed'

/**
 * The one form pattern of the renderer. A form lists its fields (name → element id, in the
 * order they appear), checks everything at once before it sends anything, and shows each
 * problem beside its field (FormField binds aria-invalid and aria-describedby). Focus goes to
 * the first field with a problem. Main checks again; a refusal that names a field lands beside
 * that field, anything else at the form's foot.
 *
 * Messages are kept as keys or {ja, en} pairs, not text, so that switching the language
 * re-renders them.
 */

export type FormText = { key: MessageKey; params?: Record<string, unknown> } | { ja: string; en: string }
/** A field's name in a message: an i18n key, or a {ja, en} pair from the domain data. */
export type Label = MessageKey | { ja: string; en: string }

/** 'Shop name' → 'shop name' inside an English sentence; 'API key' stays. */
const lowerFirst = (text: string) =>
  /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)
export type Problem = { field: string; message: FormText }

export function useForm<F extends string>(fields: Record<F, string>) {
  const { t, locale } = useI18n()
  const problems = reactive<Record<string, FormText | undefined>>({})
  const submitting = ref(false)

  const text = (m: FormText | undefined): string | null => {
    if (!m) return null
    if ('key' in m) {
      const params = { ...(m.params ?? {}) }
      const label = params.label as Label | undefined
      if (label !== undefined) {
        const name = typeof label === 'string' ? t(label) : pick(label, locale.value)
        params.label = locale.value === 'en' ? lowerFirst(name) : name
      }
      return t(m.key, params)
    }
    return pick(m, locale.value)
  }

  /** The text of a field's problem in the current language, or null. */
  const error = (field: F | '_form') => text(problems[field])
  const hasErrors = computed(() => Object.keys(problems).length > 0)
  /** Fields with problems, in the form's order (the summary's list). */
  const invalidFields = computed(() => (Object.keys(fields) as F[]).filter((f) => problems[f] !== undefined))

  function clear(field?: F | '_form') {
    if (field) delete problems[field]
    else for (const k of Object.keys(problems)) delete problems[k]
  }

  function set(list: Problem[]) {
    clear()
    for (const p of list) {
      const field = p.field in fields ? p.field : '_form'
      // The first problem of a field is the one to fix first.
      if (problems[field] === undefined) problems[field] = p.message
    }
  }

  async function focusFirst() {
    await nextTick()
    const first = invalidFields.value[0]
    if (!first) return
    const el = document.getElementById(fields[first])
    el?.focus()
    el?.scrollIntoView({ block: 'center' })
  }

  /** Maps main's field names ('closures[0].name', 'meta.version') onto this form's fields. */
  function fieldOf(mainField: string | undefined, aliases: Partial<Record<string, F>>): F | '_form' {
    if (!mainField) return '_form'
    if (mainField in aliases) return aliases[mainField]!
    if (mainField in fields) return mainField as F
    const head = mainField.split(/[.[]/)[0]!
    if (head in aliases) return aliases[head]!
    return head in fields ? (head as F) : '_form'
  }

  /**
   * Checks with `check` (every problem at once); when it finds none, runs `send`. A refusal of
   * main goes beside its field. Returns what `send` returned, or undefined when it did not run
   * or failed.
   */
  async function submit<T>(
    check: () => Problem[],
    send: () => Promise<T>,
    aliases: Partial<Record<string, F>> = {},
  ): Promise<T | undefined> {
    const found = check()
    set(found)
    if (found.length > 0) {
      await focusFirst()
      return undefined
    }
    submitting.value = true
    try {
      return await send()
    } catch (err) {
      const message: FormText = err instanceof ApiError ? err.bilingual : { key: 'shops.unexpected' }
      const field = fieldOf(err instanceof ApiError ? err.field : undefined, aliases)
      problems[field] = message
      await focusFirst()
      return undefined
    } finally {
      submitting.value = false
    }
  }

  /** A field's problem answered the last try: once its value changes it no longer applies. */
  function clearOnChange(getters: Partial<Record<F, () => unknown>>) {
    for (const [field, getter] of Object.entries(getters) as [F, () => unknown][]) {
      watch(getter, () => {
        clear(field)
        clear('_form')
      })
    }
  }

  /** The attributes a field's control needs, for controls FormField does not wrap. */
  function controlAttrs(field: F, extraDescribedBy: string[] = []) {
    const id = fields[field]
    const describedBy = [...extraDescribedBy, problems[field] ? `${id}-error` : null].filter(Boolean)
    return {
      id,
      'aria-invalid': problems[field] ? ('true' as const) : undefined,
      'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
    }
  }

  return {
    problems,
    error,
    hasErrors,
    invalidFields,
    fields,
    submitting,
    set,
    clear,
    submit,
    focusFirst,
    controlAttrs,
    clearOnChange,
    text,
  }
}

export type Form<F extends string> = ReturnType<typeof useForm<F>>

// ── rules: each returns a problem or null; a form's check() collects them ──

/** Characters as people count them (an emoji is one), the way main counts. */
export const charCount = (value: string) => Array.from(value).length

export function required(field: string, value: string, label: Label): Problem | null {
  return value.trim() === '' ? { field, message: { key: 'form.required', params: { label } } } : null
}

/** Never cut what was typed: a text over the limit stays and is named with the limit. */
export function maxChars(field: string, value: string, max: number, label: Label): Problem | null {
  const n = charCount(value)
  return n > max ? { field, message: { key: 'form.tooLong', params: { label, max, n } } } : null
}

/** A typed date: empty is fine unless `required`; a bad one is echoed back as it was typed. */
export function dateRule(
  field: string,
  value: string,
  label: Label,
  options: { required?: boolean; today?: IsoDate | null } = {},
): Problem | null {
  const reading = readTypedDate(value, options.today)
  if (reading.state === 'empty')
    return options.required ? { field, message: { key: 'form.required', params: { label } } } : null
  if (reading.state === 'notReal')
    return { field, message: { key: 'form.date.notReal', params: { label, value: reading.shown } } }
  if (reading.state === 'unreadable')
    return { field, message: { key: 'form.date.invalid', params: { label, value: reading.shown } } }
  return null
}

export function timeRule(field: string, value: string, label: Label, isRequired = true): Problem | null {
  if (value.trim() === '')
    return isRequired ? { field, message: { key: 'form.required', params: { label } } } : null
  return isTimeOfDay(normalizeTypedTime(value))
    ? null
    : { field, message: { key: 'form.time.invalid', params: { label, value: value.trim() } } }
}

/** The problems that are not null. */
export const collect = (...list: (Problem | null)[]): Problem[] =>
  list.filter((p): p is Problem => p !== null)

/**
 * What a part of a form (a shared group of fields) needs from the form it sits in, whatever
 * the form's own field names (method syntax keeps it assignable from any Form<F>).
 */
export interface FormPart {
  fields: Record<string, string>
  error(field: string): string | null
  clear(field?: string): void
  controlAttrs(
    field: string,
    extraDescribedBy?: string[],
  ): {
    id: string
    'aria-invalid': 'true' | undefined
    'aria-describedby': string | undefined
  }
}
