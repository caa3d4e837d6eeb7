import type { Bilingual, IsoDate, Lang } from '../types'
import { noticeDate, regularDaysOff, type NoticeDates } from './dates'

/**
 * The placeholders a notice template may use, with what each one becomes. Values are computed
 * per language; a value of '' means "nothing to say", and render() drops the line holding it.
 */
export const noticePlaceholders = [
  'shopName',
  'closureName',
  'closureTitle',
  'closurePeriod',
  'closureRange',
  'closureStart',
  'closureEnd',
  'lastShipDay',
  'orderDeadline',
  'reopening',
  'closureOrdersShip',
  'orderDate',
  'shipDate',
  'regularDaysOff',
] as const
export type NoticePlaceholder = (typeof noticePlaceholders)[number]

export const placeholderHelp: Readonly<Record<NoticePlaceholder, Bilingual>> = {
  shopName: { ja: '店名(未入力なら「当店」)', en: 'Shop name (“our shop” when empty)' },
  closureName: { ja: '休業の名前(カレンダーに登録した名前)', en: 'The closure’s name as registered' },
  closureTitle: {
    ja: '休業の見出し(「年末年始休業」など)',
    en: 'The closure’s heading (e.g. “年末年始休業”)',
  },
  closurePeriod: { ja: '休業期間(年つき)', en: 'Closure period with the year' },
  closureRange: { ja: '休業期間(月日だけ)', en: 'Closure period, day and month' },
  closureStart: { ja: '休業の初日', en: 'First day of the closure' },
  closureEnd: { ja: '休業の最終日', en: 'Last day of the closure' },
  lastShipDay: { ja: '休業前の最後の発送日', en: 'Last ship day before the closure' },
  orderDeadline: {
    ja: '休業前に発送できる注文の締め切り(締め時刻つき)',
    en: 'The last order that ships before the closure (with the cut-off time)',
  },
  reopening: { ja: '営業再開日', en: 'Reopening day' },
  closureOrdersShip: { ja: '休業中の注文の発送予定日', en: 'When orders placed during the closure ship' },
  orderDate: { ja: 'ご注文日(受注確認メールへの追記)', en: 'Order day (mail addendum)' },
  shipDate: { ja: 'そのご注文日の発送予定日', en: 'Ship date for that order day' },
  regularDaysOff: {
    ja: '通常の定休日(なければ行ごと省きます)',
    en: 'Usual days off (line left out when none)',
  },
}

export interface NoticeValueOptions {
  /** The shop's own name as it should appear; '' gives 「当店」 / "our shop". */
  shopName?: string
  /** The order day of the mail addendum; default: the closure's first day. */
  orderDate?: IsoDate
}

export type NoticeValues = Record<NoticePlaceholder, string>

export function noticeValues(d: NoticeDates, lang: Lang, options: NoticeValueOptions = {}): NoticeValues {
  const f = (date: IsoDate, withYear = false) => noticeDate(date, lang, withYear)
  const c = d.closure
  const sep = lang === 'en' ? ' – ' : '〜'
  const shopName = options.shopName?.trim() || (lang === 'en' ? 'our shop' : '当店')
  const name = c.name.trim()
  const orderDate = options.orderDate ?? c.start
  const day = d.orderDays.find((o) => o.date === orderDate)
  const newYear = c.end.slice(0, 4) !== c.start.slice(0, 4)
  return {
    shopName,
    closureName: name,
    closureTitle: lang === 'en' ? name : /休/.test(name) ? name : `${name}休業`,
    // The year once: on the first day in Japanese (2026年12月29日(火)〜1月3日…), on the last in English,
    // and on both when the closure spans the new year.
    closurePeriod:
      lang === 'en'
        ? `${f(c.start, newYear)}${sep}${f(c.end, true)}`
        : `${f(c.start, true)}${sep}${f(c.end, newYear)}`,
    closureRange: `${f(c.start)}${sep}${f(c.end)}`,
    closureStart: f(c.start),
    closureEnd: f(c.end),
    lastShipDay: f(d.lastShipDay),
    orderDeadline: deadlineText(d, lang),
    reopening: f(d.reopening),
    closureOrdersShip: f(d.closureOrdersShip),
    orderDate: f(orderDate),
    shipDate: day ? shipDateText(day.beforeCutoff, day.afterCutoff, d, lang) : f(d.closureOrdersShip),
    regularDaysOff: regularDaysOff(d.weeklyOff, d.useHolidays, lang),
  }
}

function deadlineText(d: NoticeDates, lang: Lang): string {
  const { date, time } = d.orderDeadline
  if (lang === 'en')
    return time ? `${time} (Japan time) on ${noticeDate(date, 'en')}` : `the end of ${noticeDate(date, 'en')}`
  return time ? `${noticeDate(date, 'ja')}${time}` : noticeDate(date, 'ja')
}

/** One ship date, or both when the cut-off splits the day. */
function shipDateText(before: IsoDate, after: IsoDate, d: NoticeDates, lang: Lang): string {
  if (before === after) return noticeDate(before, lang)
  return lang === 'en'
    ? `${noticeDate(before, 'en')} (orders after ${d.cutoffTime}: ${noticeDate(after, 'en')})`
    : `${noticeDate(before, 'ja')}(${d.cutoffTime}以降のご注文は${noticeDate(after, 'ja')})`
}

const TOKEN = /\{([A-Za-z]+)\}/g

/**
 * Fills a template. Unknown {names} are kept as typed so the shop sees the slip in the preview
 * (unknownPlaceholders lists them); a line holding a placeholder whose value is '' is dropped.
 */
export function renderNotice(body: string, values: NoticeValues): string {
  const lines: string[] = []
  // A dropped line between two blank ones would leave a double gap: the second blank goes too.
  let dropBlank = false
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    let empty = false
    const out = line.replace(TOKEN, (whole, key: string) => {
      if (!(key in values)) return whole
      const v = values[key as NoticePlaceholder]
      if (v === '') empty = true
      return v
    })
    if (empty) {
      dropBlank = lines.length === 0 || lines[lines.length - 1] === ''
      continue
    }
    if (!(dropBlank && out === '')) lines.push(out)
    dropBlank = false
  }
  return lines.join('\n')
}

export function unknownPlaceholders(body: string): string[] {
  const known = new Set<string>(noticePlaceholders)
  return [...new Set([...body.matchAll(TOKEN)].map((m) => m[1]!).filter((k) => !known.has(k)))]
}
