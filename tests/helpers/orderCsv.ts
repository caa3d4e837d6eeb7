import iconv from 'iconv-lite'
import { addDays } from '@shared/domain/isoDate'

/**
 * Order CSVs as order systems write them, generated: 全角 headers, Shift_JIS or UTF-8 with a BOM,
 * quoted fields holding commas, quotes and line breaks. Used by the unit tests, the e2e test and
 * the bench, so that all three read the same kind of file.
 */
export const HEADERS_JA = [
  '店舗伝票番号',
  '受注日',
  '店舗名',
  '購入者名',
  '購入者メールアドレス',
  '発送方法',
  '備考',
]

export interface GeneratedOrder {
  number: string
  date: string
  time: string
  mall: string
  name: string
  mail: string
  note: string
}

const malls = ['楽天市場店', 'Yahoo!店', 'Amazon店']
const notes = ['', '"のし"希望、赤字で', '不在時は\n宅配ボックスへ', 'ギフト, 包装あり']

/** n orders spread over the days from `from`, one after another in time. */
export function generateOrders(n: number, from: string, days: number): GeneratedOrder[] {
  const out: GeneratedOrder[] = []
  for (let i = 0; i < n; i++) {
    const day = Math.floor((i * days) / n)
    const minute = (i * 7) % (24 * 60)
    out.push({
      number: `${100000 + i}`,
      date: addDays(from, day),
      time: `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`,
      mall: malls[i % malls.length]!,
      name: `山田 花子${i % 100}`,
      mail: `buyer${i}@example.jp`,
      note: notes[i % notes.length]!,
    })
  }
  return out
}

const field = (t: string) => (/[",\r\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t)

export function ordersCsvText(orders: readonly GeneratedOrder[], headers = HEADERS_JA): string {
  const lines = [headers.map(field).join(',')]
  for (const o of orders) {
    lines.push(
      [o.number, `${o.date.replaceAll('-', '/')} ${o.time}`, o.mall, o.name, o.mail, '宅配便', o.note]
        .map(field)
        .join(','),
    )
  }
  return lines.join('\r\n') + '\r\n'
}

export function shiftJis(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'Shift_JIS'))
}

export function utf8Bom(text: string): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
}
