import { validateClosure } from '@shared/domain/calendarValidation'
import type { Closure, IsoDate } from '@shared/domain/types'
import { dateRule, type Problem } from '../form/useForm'
import { normalizeTypedDate } from '../form/typed'

const dateLabels = {
  start: { ja: '開始日', en: 'first day' },
  end: { ja: '終了日', en: 'last day' },
} as const

/**
 * A closure as typed, checked by main's own rules (validateClosure: all problems at once) in
 * the calendar and in the wizard alike; typed dates are echoed back the way they were typed.
 */
export function checkClosure(
  form: { id?: string | null; name: string; start: string; end: string },
  closures: Closure[],
  today: IsoDate | null,
): Problem[] {
  const input = {
    ...(form.id ? { id: form.id } : {}),
    name: form.name,
    start: normalizeTypedDate(form.start, today),
    end: normalizeTypedDate(form.end, today),
  }
  const problems: Problem[] = validateClosure(input, closures)
    .filter((p) => !/^calendar_closure\.(start|end)\.(invalid|missing)$/.test(p.code))
    .map((p) => ({ field: p.field, message: p.message }))
  for (const field of ['start', 'end'] as const) {
    const p = dateRule(field, form[field], dateLabels[field], { required: true, today })
    if (p) problems.push(p)
  }
  return problems
}
