import { holidayOn } from './holidays'
import { addDays, formatYmd, parseIsoDate } from './isoDate'
import type { Bilingual, IsoDate } from './types'

/**
 * Quick fills for the closure form: the usual long closures of a Japanese shop, dated for the
 * coming one (the one under way counts as coming until its last day). They only prefill the
 * form; the shop adjusts the dates before saving.
 */

export type ClosurePresetId = 'newYear' | 'goldenWeek' | 'obon'

export interface ClosurePreset {
  id: ClosurePresetId
  name: Bilingual
  start: IsoDate
  end: IsoDate
}

interface PresetRule {
  id: ClosurePresetId
  name: Bilingual
  /** Month and day of the first day; `endYearOffset` moves the last day into the next year. */
  start: [number, number]
  end: [number, number]
  endYearOffset: 0 | 1
  /** Also close a public holiday right after the last day (GW's substitute holiday on 5/6). */
  absorbFollowingHolidays: boolean
}

const RULES: readonly PresetRule[] = [
  {
    id: 'newYear',
    name: { ja: '年末年始', en: 'New Year' },
    start: [12, 29],
    end: [1, 3],
    endYearOffset: 1,
    absorbFollowingHolidays: false,
  },
  {
    id: 'goldenWeek',
    name: { ja: 'GW', en: 'Golden Week' },
    start: [5, 3],
    end: [5, 5],
    endYearOffset: 0,
    absorbFollowingHolidays: true,
  },
  {
    id: 'obon',
    name: { ja: 'お盆', en: 'Obon' },
    start: [8, 13],
    end: [8, 16],
    endYearOffset: 0,
    absorbFollowingHolidays: false,
  },
]

export const closurePresetIds: readonly ClosurePresetId[] = RULES.map((r) => r.id)

function datedIn(rule: PresetRule, year: number): ClosurePreset {
  const start = formatYmd({ year, month: rule.start[0], day: rule.start[1] })
  let end = formatYmd({ year: year + rule.endYearOffset, month: rule.end[0], day: rule.end[1] })
  if (rule.absorbFollowingHolidays) {
    while (holidayOn(addDays(end, 1))) end = addDays(end, 1)
  }
  return { id: rule.id, name: { ...rule.name }, start, end }
}

/** The coming (or current) closure of the kind, seen from `today`. */
export function closurePreset(id: ClosurePresetId, today: IsoDate): ClosurePreset {
  const rule = RULES.find((r) => r.id === id)
  const ymd = parseIsoDate(today)
  if (!rule) throw new RangeError(`No such closure preset: ${id}`)
  if (!ymd) throw new RangeError(`today is not a date: ${today}`)
  for (const year of [ymd.year - 1, ymd.year, ymd.year + 1]) {
    const preset = datedIn(rule, year)
    if (preset.end >= today) return preset
  }
  return datedIn(rule, ymd.year + 1)
}

export function closurePresets(today: IsoDate): ClosurePreset[] {
  return closurePresetIds.map((id) => closurePreset(id, today))
}
