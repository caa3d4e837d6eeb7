import { slashDate } from '../isoDate'
import type { IsoDate, Lang } from '../types'
import type { OrderRow } from './read'

/**
 * The orders of a CSV whose confirmation mail window has passed. Which order dates are past it
 * is not decided here: the rule comes from mailWindow() (its confirmationMissed dates for the
 * closure and the day importing resumes), so this list and the mail-window panel can never
 * disagree.
 */
export interface MailRule {
  /** Order dates whose 受注確認メール will not be created (mailWindow().confirmationMissed). */
  missedDates: readonly IsoDate[]
  /** Orders of this day are missed only when they came in after the day's last import. */
  lastShipDay: IsoDate
  /**
   * That last import's time ('HH:MM'), when the shop knows it: orders of the last ship day placed
   * before it were imported that day and got their mail.
   */
  lastImportTime?: string | null
}

export interface MissedOrder extends OrderRow {
  date: IsoDate
  /** Placed on the last business day, and the file or the shop cannot tell whether before its last import. */
  checkImportTime: boolean
}

export function missedOrders(rows: readonly OrderRow[], rule: MailRule): MissedOrder[] {
  const missed = new Set(rule.missedDates)
  const out: MissedOrder[] = []
  const cut = rule.lastImportTime ?? null
  for (const r of rows) {
    if (r.date === null || !missed.has(r.date)) continue
    const lastDay = r.date === rule.lastShipDay
    if (lastDay && cut !== null && r.time !== null && r.time < cut) continue
    out.push({ ...r, date: r.date, checkImportTime: lastDay && (cut === null || r.time === null) })
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line))
}

const HEAD: Record<Lang, string[]> = {
  ja: ['受注番号', '受注日', 'モール・店舗', '購入者名', 'メールアドレス', '確認'],
  en: ['Order number', 'Order date', 'Mall / shop', 'Name', 'Mail', 'Check'],
}
const CHECK: Record<Lang, string> = { ja: '最終取込の後か確認', en: 'after the last import?' }

function rowsOf(list: readonly MissedOrder[], lang: Lang): string[][] {
  return [
    HEAD[lang],
    ...list.map((o) => [
      o.orderNumber,
      slashDate(o.date),
      o.mall,
      o.name,
      o.mail,
      o.checkImportTime ? CHECK[lang] : '',
    ]),
  ]
}

/** BOM + CRLF, RFC 4180 quoting: what Excel on Windows opens as UTF-8. */
export function missedOrdersCsv(list: readonly MissedOrder[], lang: Lang): string {
  const field = (t: string) => (/[",\r\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t)
  return (
    '\uFEFF' +
    rowsOf(list, lang)
      .map((r) => `${r.map(field).join(',')}\r\n`)
      .join('')
  )
}

/** Tab-separated, for pasting into a spreadsheet or the order system's search. */
export function missedOrdersTsv(list: readonly MissedOrder[], lang: Lang): string {
  const field = (t: string) => t.replace(/[\t\r\n]+/g, ' ')
  return rowsOf(list, lang)
    .map((r) => r.map(field).join('\t'))
    .join('\n')
}
