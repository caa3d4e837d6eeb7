import holidayJp from '@holiday-jp/holiday_jp'
import { toDayNumber } from './isoDate'
import type { Bilingual, IsoDate } from './types'

/**
 * Japanese public holidays, from the table bundled with @holiday-jp/holiday_jp (1970–2050,
 * the Cabinet Office's list plus computed future years). Years outside the table have no
 * holidays here.
 */

export interface Holiday {
  date: IsoDate
  name: Bilingual
  /**
   * The date is a forecast: equinox days are fixed by the government only a year ahead, so
   * anything after next year may still move.
   */
  provisional: boolean
}

interface HolidayEntry {
  dayNumber: number
  date: IsoDate
  year: number
  name: Bilingual
}

const SUBSTITUTE_SUFFIX = ' 振替休日'

let table: HolidayEntry[] | null = null
let byDate: Map<IsoDate, HolidayEntry> | null = null

/**
 * The package names substitute days '成人の日 振替休日' / 'Holiday in lieu' and the day
 * between two holidays '休日' / "Citizen's Holiday". Shown alone those read oddly in a list of
 * closed days, so they get the names people use (振替休日（成人の日）, 国民の休日).
 */
function entries(): HolidayEntry[] {
  if (table) return table
  const raw = Object.values(holidayJp.holidays) as { date: string; name: string; name_en: string }[]
  const englishOf = new Map<string, string>()
  for (const h of raw) if (!h.name.endsWith(SUBSTITUTE_SUFFIX)) englishOf.set(h.name, h.name_en)
  table = raw
    .map((h): HolidayEntry => {
      let name: Bilingual = { ja: h.name, en: h.name_en }
      if (h.name.endsWith(SUBSTITUTE_SUFFIX)) {
        const base = h.name.slice(0, -SUBSTITUTE_SUFFIX.length)
        const baseEn = englishOf.get(base)
        name = {
          ja: `振替休日（${base}）`,
          en: baseEn ? `Substitute holiday (${baseEn})` : 'Substitute holiday',
        }
      } else if (h.name === '休日') {
        name = { ja: '国民の休日', en: h.name_en }
      }
      return { dayNumber: toDayNumber(h.date), date: h.date, year: Number(h.date.slice(0, 4)), name }
    })
    .sort((a, b) => a.dayNumber - b.dayNumber)
  byDate = new Map(table.map((e) => [e.date, e]))
  return table
}

function isProvisional(year: number, today: IsoDate | undefined): boolean {
  return today !== undefined && year > Number(today.slice(0, 4)) + 1
}

function toHoliday(e: HolidayEntry, today: IsoDate | undefined): Holiday {
  return { date: e.date, name: { ...e.name }, provisional: isProvisional(e.year, today) }
}

/** The holiday on `date`, or null. `today` decides whether it is still provisional. */
export function holidayOn(date: IsoDate, today?: IsoDate): Holiday | null {
  entries()
  const e = byDate!.get(date)
  return e ? toHoliday(e, today) : null
}

/** Holidays from `from` to `to`, both inclusive, in date order. */
export function holidaysBetween(from: IsoDate, to: IsoDate, today?: IsoDate): Holiday[] {
  const list = entries()
  const lo = toDayNumber(from)
  const hi = toDayNumber(to)
  const out: Holiday[] = []
  for (let i = lowerBound(list, lo); i < list.length && list[i]!.dayNumber <= hi; i++) {
    out.push(toHoliday(list[i]!, today))
  }
  return out
}

/**
 * Day numbers of every holiday within [fromDay, toDay], for the calendar's bulk cache.
 * Day numbers, not dates, because the cache works on day numbers.
 */
export function holidayDayNumbers(fromDay: number, toDay: number): number[] {
  const list = entries()
  const out: number[] = []
  for (let i = lowerBound(list, fromDay); i < list.length && list[i]!.dayNumber <= toDay; i++) {
    out.push(list[i]!.dayNumber)
  }
  return out
}

function lowerBound(list: HolidayEntry[], dayNumber: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid]!.dayNumber < dayNumber) lo = mid + 1
    else hi = mid
  }
  return lo
}
