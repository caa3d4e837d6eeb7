import type { BusinessCalendar, DayInfo } from './calendar'
import { weekdayName } from './dateFormat'
import { slashDate } from './isoDate'
import type { IsoDate } from './types'

/**
 * The non-business days in the shapes the shop copies into the order system's 日付自動登録
 * ("営業日から除外する曜日・期間を設定"): a plain list of dates, a CSV to keep or open in
 * Excel, and the closure periods to enter as start/end pairs. Dates are written 'YYYY/MM/DD'
 * as the order system shows them.
 */

export interface NonBusinessExport {
  /** One 'YYYY/MM/DD' per line, '\n' line ends, a newline after the last line too. */
  list: string
  /** BOM + CRLF (what Excel on Windows opens as UTF-8), header 日付,曜日,理由. */
  csv: string
  /** Every closure overlapping the range, with its full dates (not cut to the range). */
  closures: { name: string; start: string; end: string }[]
}

export function exportNonBusinessDays(cal: BusinessCalendar, from: IsoDate, to: IsoDate): NonBusinessExport {
  const days = cal.nonBusinessDays(from, to)
  const list = days.map((d) => `${slashDate(d.date)}\n`).join('')
  const rows = [
    '日付,曜日,理由',
    ...days.map((d) =>
      [slashDate(d.date), weekdayName(d.weekday, 'ja'), reasonText(d)].map(csvField).join(','),
    ),
  ]
  const csv = '\uFEFF' + rows.map((r) => `${r}\r\n`).join('')
  const closures = cal.settings.closures
    .filter((c) => c.start <= to && c.end >= from)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .map((c) => ({ name: c.name, start: slashDate(c.start), end: slashDate(c.end) }))
  return { list, csv, closures }
}

/**
 * The most specific reason first: the shop named its closure, so that name says more than
 * "Saturday" about why 2027/01/02 is closed.
 */
function reasonText(day: DayInfo): string {
  const parts: string[] = []
  for (const r of day.reasons) if (r.kind === 'closure') parts.push(r.name)
  for (const r of day.reasons) if (r.kind === 'holiday') parts.push(r.name.ja)
  for (const r of day.reasons) if (r.kind === 'weekend') parts.push('定休日')
  for (const r of day.reasons) if (r.kind === 'extraNonBusiness') parts.push('臨時休業')
  return parts.join(' / ')
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
