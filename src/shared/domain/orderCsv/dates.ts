import { formatYmd, japanDateTime, parseIsoDate } from '../isoDate'
import type { IsoDate } from '../types'

/**
 * The Japanese calendar date of an order-date cell. Order systems write 2026/12/29 10:12:00,
 * 2026-12-29, 2026年12月29日, 20261229, or (Amazon) an ISO instant with an offset, which is
 * turned into the Japan date: 2026-12-28T16:30:00Z was already the 29th in Japan.
 */
const YMD = /^(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?(?:$|[\sT])/
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|\s)/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

export function parseOrderDate(cell: string): IsoDate | null {
  return parseOrderDateTime(cell)?.date ?? null
}

const TIME = /[\sT](\d{1,2}):(\d{2})/

/** The date and, when the cell has one, the time ('HH:MM', Japan time) of the order. */
export function parseOrderDateTime(cell: string): { date: IsoDate; time: string | null } | null {
  const value = cell.normalize('NFKC').trim()
  if (value === '') return null
  if (INSTANT.test(value)) {
    const instant = new Date(value)
    return Number.isNaN(instant.getTime()) ? null : japanDateTime(instant)
  }
  const m = YMD.exec(value) ?? COMPACT.exec(value)
  if (!m) return null
  const iso = formatYmd({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })
  if (!parseIsoDate(iso)) return null
  const t = TIME.exec(value.slice(m[0].length - 1))
  const h = t ? Number(t[1]) : NaN
  const min = t ? Number(t[2]) : NaN
  const time = h < 24 && min < 60 ? `${String(h).padStart(2, '0')}:${t![2]}` : null
  return { date: iso, time }
}
