import { diffDays, isValidIsoDate, slashDate } from './isoDate'
import { MAX_FOLLOW_UP_DAYS, MIN_FOLLOW_UP_DAYS } from './timeline/lifecycle'
import type { Bilingual, CalendarSettings, Closure } from './types'

/**
 * The checks the main process runs before it saves calendar settings; on any problem nothing
 * is saved. Settings arrive over IPC, so every field is checked for its type too: a wrong
 * shape becomes a problem in the list, never an exception.
 *
 * `field` names the offending input the way a form addresses it: 'name', 'start', 'end' for
 * one closure; 'weeklyOff', 'cutoffTime', 'closures[2].end', 'extraBusinessDays[0]' … for the
 * whole settings.
 */

export type CalendarProblem = { code: string; field: string; message: Bilingual }

export const CLOSURE_NAME_MAX = 40
export const CLOSURE_DAYS_MAX = 60
export const CLOSURES_MAX = 50
export const EXTRA_DAYS_MAX = 366
export const LEAD_TIME_MAX = 30

const CUTOFF_RE = /^([01]\d|2[0-3]):[0-5]\d$/
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u001f\u007f]/

type ClosureInput = { id?: string; name: string; start: string; end: string }

/**
 * One closure as typed into the form. `others` are the closures already saved; the one being
 * edited may be among them (same id) and is then skipped.
 */
export function validateClosure(c: ClosureInput, others: Closure[]): CalendarProblem[] {
  const problems: CalendarProblem[] = []
  const add = (code: string, field: string, ja: string, en: string) =>
    problems.push({ code, field, message: { ja, en } })
  const value = (c ?? {}) as Partial<Record<keyof ClosureInput, unknown>>

  const dateProblem = (field: 'start' | 'end', v: unknown, ja: string, en: string) => {
    if (typeof v !== 'string' || v.trim() === '') {
      add(`closure.${field}.missing`, field, `${ja}を入れてください`, `Enter the ${en}`)
    } else {
      add(
        `closure.${field}.invalid`,
        field,
        `${ja}の「${v}」はカレンダーにない日付です`,
        `The ${en}, ${v}, is not a real date`,
      )
    }
  }

  const name = typeof value.name === 'string' ? value.name.trim() : ''
  if (name === '') {
    add(
      'closure.name.empty',
      'name',
      '休業の名前を入れてください（例: 年末年始）',
      'Give the closure a name (e.g. New Year)',
    )
  } else if ([...name].length > CLOSURE_NAME_MAX) {
    add(
      'closure.name.tooLong',
      'name',
      `名前は${CLOSURE_NAME_MAX}文字までにしてください`,
      `Keep the name to ${CLOSURE_NAME_MAX} characters or fewer`,
    )
  } else if (CONTROL_RE.test(name)) {
    add(
      'closure.name.invalid',
      'name',
      '名前に改行やタブは使えません',
      'The name cannot contain line breaks or tabs',
    )
  }

  const startOk = isValidIsoDate(value.start)
  const endOk = isValidIsoDate(value.end)
  if (!startOk) dateProblem('start', value.start, '開始日', 'first day')
  if (!endOk) dateProblem('end', value.end, '終了日', 'last day')
  if (!startOk || !endOk) return problems

  const start = value.start as string
  const end = value.end as string
  if (end < start) {
    add(
      'closure.end.beforeStart',
      'end',
      '終了日が開始日より前になっています',
      'The last day is before the first day',
    )
    return problems
  }
  const days = diffDays(end, start) + 1
  if (days > CLOSURE_DAYS_MAX) {
    add(
      'closure.tooLong',
      'end',
      `休業期間が${days}日あります。1つの休業は${CLOSURE_DAYS_MAX}日以内にしてください`,
      `This closure lasts ${days} days; one closure can be at most ${CLOSURE_DAYS_MAX} days`,
    )
  }
  for (const other of Array.isArray(others) ? others.filter(isWellFormedClosure) : []) {
    if (value.id !== undefined && other.id === value.id) continue
    if (other.start <= end && start <= other.end) {
      const when = `${slashDate(other.start)}〜${slashDate(other.end)}`
      const whenEn = `${slashDate(other.start)}–${slashDate(other.end)}`
      add(
        'closure.overlap',
        'start',
        `「${other.name}」（${when}）と期間が重なっています`,
        `This overlaps the closure "${other.name}" (${whenEn})`,
      )
    }
  }
  return problems
}

export function validateCalendarSettings(s: CalendarSettings): CalendarProblem[] {
  const problems: CalendarProblem[] = []
  const add = (code: string, field: string, ja: string, en: string) =>
    problems.push({ code, field, message: { ja, en } })
  const value = (s ?? {}) as Partial<Record<keyof CalendarSettings, unknown>>

  // Weekly days off
  const weeklyOff = value.weeklyOff
  if (!Array.isArray(weeklyOff) || !weeklyOff.every((w) => Number.isInteger(w) && w >= 0 && w <= 6)) {
    add(
      'weeklyOff.invalid',
      'weeklyOff',
      '定休日の曜日が正しくありません',
      'The weekly days off are not valid weekdays',
    )
  } else if (new Set(weeklyOff).size !== weeklyOff.length) {
    add(
      'weeklyOff.duplicate',
      'weeklyOff',
      '定休日に同じ曜日が2回入っています',
      'A weekday is listed twice in the weekly days off',
    )
  } else if (weeklyOff.length === 7) {
    add(
      'weeklyOff.allDays',
      'weeklyOff',
      '毎日が定休日になっています。営業する曜日を少なくとも1つ残してください',
      'Every day of the week is a day off. Leave at least one weekday open',
    )
  }

  if (typeof value.useHolidays !== 'boolean') {
    add(
      'useHolidays.invalid',
      'useHolidays',
      '祝日を休みにするかどうかを選んでください',
      'Choose whether public holidays are days off',
    )
  }

  if (typeof value.cutoffTime !== 'string' || !CUTOFF_RE.test(value.cutoffTime)) {
    add(
      'cutoffTime.invalid',
      'cutoffTime',
      '締め時刻は 00:00〜23:59 の「時:分」で入れてください（例: 12:00）',
      'Enter the cut-off time as hours:minutes between 00:00 and 23:59 (e.g. 12:00)',
    )
  }

  const lead = value.leadTimeDays
  if (typeof lead !== 'number' || !Number.isInteger(lead) || lead < 0 || lead > LEAD_TIME_MAX) {
    add(
      'leadTimeDays.invalid',
      'leadTimeDays',
      `発送までの営業日数は 0〜${LEAD_TIME_MAX} の整数で入れてください`,
      `Enter the business days until shipping as a whole number from 0 to ${LEAD_TIME_MAX}`,
    )
  }

  const followUp = value.followUpDays
  if (
    typeof followUp !== 'number' ||
    !Number.isInteger(followUp) ||
    followUp < MIN_FOLLOW_UP_DAYS ||
    followUp > MAX_FOLLOW_UP_DAYS
  ) {
    add(
      'followUpDays.invalid',
      'followUpDays',
      `休み明けの確認期間は ${MIN_FOLLOW_UP_DAYS}〜${MAX_FOLLOW_UP_DAYS} 日の整数で入れてください(自動メールの1週間の期限を見届けるため、${MIN_FOLLOW_UP_DAYS}日より短くはできません)`,
      `Enter the reopening follow-up as a whole number of days from ${MIN_FOLLOW_UP_DAYS} to ${MAX_FOLLOW_UP_DAYS} (it cannot be shorter than ${MIN_FOLLOW_UP_DAYS} days, to see the one-week mail window through)`,
    )
  }

  // Closures: each one on its own, then against the ones before it so a pair is named once.
  const closures = value.closures
  if (!Array.isArray(closures)) {
    add(
      'closures.invalid',
      'closures',
      '休業期間の一覧が読み取れません',
      'The list of closures could not be read',
    )
  } else {
    if (closures.length > CLOSURES_MAX) {
      add(
        'closures.tooMany',
        'closures',
        `休業期間は${CLOSURES_MAX}件までです。終わった休業を削除してください`,
        `At most ${CLOSURES_MAX} closures can be saved. Delete closures that are over`,
      )
    }
    const ids = new Set<string>()
    closures.forEach((c: Closure, i) => {
      const id = (c as Partial<Closure> | null)?.id
      if (typeof id !== 'string' || id === '') {
        add(
          'closure.id.invalid',
          `closures[${i}].id`,
          '休業期間の識別子がありません',
          'A closure has no identifier',
        )
      } else if (ids.has(id)) {
        add(
          'closure.id.duplicate',
          `closures[${i}].id`,
          '休業期間の識別子が重複しています',
          'Two closures share one identifier',
        )
      } else {
        ids.add(id)
      }
      const earlier = closures.slice(0, i).filter(isWellFormedClosure)
      const input = { name: c?.name, start: c?.start, end: c?.end } as ClosureInput
      for (const p of validateClosure(input, earlier)) {
        problems.push({ ...p, field: `closures[${i}].${p.field}` })
      }
    })
  }

  checkExtraDays(value.extraBusinessDays, 'extraBusinessDays', '臨時営業日', 'extra business days', add)
  checkExtraDays(value.extraNonBusinessDays, 'extraNonBusinessDays', '臨時休業日', 'extra days off', add)
  if (Array.isArray(value.extraBusinessDays) && Array.isArray(value.extraNonBusinessDays)) {
    const open = new Set(value.extraBusinessDays)
    value.extraNonBusinessDays.forEach((d, i) => {
      if (open.has(d) && isValidIsoDate(d)) {
        add(
          'extraDays.conflict',
          `extraNonBusinessDays[${i}]`,
          `${slashDate(d)} が臨時営業日と臨時休業日の両方に入っています`,
          `${slashDate(d)} is both an extra business day and an extra day off`,
        )
      }
    })
  }
  return problems
}

function isWellFormedClosure(c: unknown): c is Closure {
  const v = c as Partial<Closure> | null
  return (
    !!v && typeof v.name === 'string' && isValidIsoDate(v.start) && isValidIsoDate(v.end) && v.start <= v.end
  )
}

function checkExtraDays(
  list: unknown,
  field: string,
  labelJa: string,
  labelEn: string,
  add: (code: string, field: string, ja: string, en: string) => void,
): void {
  if (!Array.isArray(list)) {
    add(
      `${field}.invalid`,
      field,
      `${labelJa}の一覧が読み取れません`,
      `The list of ${labelEn} could not be read`,
    )
    return
  }
  if (list.length > EXTRA_DAYS_MAX) {
    add(
      `${field}.tooMany`,
      field,
      `${labelJa}は${EXTRA_DAYS_MAX}日までです。過ぎた日を削除してください`,
      `At most ${EXTRA_DAYS_MAX} ${labelEn} can be saved. Delete days that are past`,
    )
  }
  list.forEach((d, i) => {
    if (!isValidIsoDate(d)) {
      add(
        `${field}.dateInvalid`,
        `${field}[${i}]`,
        `${labelJa}に正しくない日付があります（${String(d)}）`,
        `One of the ${labelEn} is not a real date (${String(d)})`,
      )
    }
  })
}
