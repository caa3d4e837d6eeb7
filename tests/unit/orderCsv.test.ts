import { describe, expect, it } from 'vitest'
import { createBusinessCalendar } from '@shared/domain/calendar'
import { mailWindow } from '@shared/domain/mailWindow'
import {
  csvHeaders,
  decodeCsv,
  findColumns,
  missedOrders,
  missedOrdersCsv,
  missedOrdersTsv,
  OrderCsvError,
  parseOrderDate,
  parseOrderDateTime,
  readOrderCsv,
} from '@shared/domain/orderCsv'
import { defaultCalendarSettings, type Closure } from '@shared/domain/types'
import { generateOrders, ordersCsvText, shiftJis, utf8Bom } from '../helpers/orderCsv'

const yearEnd: Closure = { id: 'ye', name: '年末年始', start: '2026-12-29', end: '2027-01-03' }
const cal = createBusinessCalendar({ ...defaultCalendarSettings, closures: [yearEnd] })
const window = mailWindow(cal, yearEnd)
const rule = { missedDates: window.confirmationMissed, lastShipDay: cal.lastShipDayBefore(yearEnd) }

async function failure(text: string): Promise<OrderCsvError> {
  try {
    await readOrderCsv(text)
  } catch (e) {
    return e as OrderCsvError
  }
  throw new Error('expected the file to be refused')
}

describe('order CSV: decoding', () => {
  const text = ordersCsvText(generateOrders(20, '2026-12-20', 15))

  it('Shift_JIS with 全角 headers', () => {
    const d = decodeCsv(shiftJis(text))
    expect(d.encoding).toBe('shift_jis')
    expect(d.text).toBe(text)
  })

  it('UTF-8 with and without a BOM', () => {
    expect(decodeCsv(utf8Bom(text))).toEqual({ text, encoding: 'utf-8-bom' })
    expect(decodeCsv(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' })
  })

  it('Windows-31J characters (①, ㈱) that Japanese order CSVs carry', () => {
    expect(decodeCsv(shiftJis('受注日,備考\r\n2027/01/04,①㈱\r\n')).text).toContain('①㈱')
  })

  it('bytes that are neither name the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('受注日\r\n2027/01/04\r\n'), 0x82, 0xff, 0xff])
    const e = (() => {
      try {
        decodeCsv(bytes)
      } catch (error) {
        return error as OrderCsvError
      }
    })()!
    expect(e.code).toBe('encoding')
    expect(e.line).toBe(3)
    expect(e.text.ja).toContain('3行目')
  })
})

describe('order CSV: columns and dates', () => {
  it('finds the order-date column by its header, in 全角 or 半角, ja or en', () => {
    expect(findColumns(['受注番号', '受注日', '購入者名']).orderDate).toBe(1)
    expect(findColumns(['注文番号', '最終更新日時', '注文日時']).orderDate).toBe(2)
    expect(findColumns(['ｏｒｄｅｒ　ｉｄ', 'Order Date', 'Buyer Name']).orderDate).toBe(1)
    expect(findColumns(['amazon-order-id', 'purchase-date', 'buyer-email'])).toMatchObject({
      orderNumber: 0,
      orderDate: 1,
      mail: 2,
    })
    // A header only containing the name wins when nothing matches exactly, unless it is a ship date.
    expect(findColumns(['出荷予定日', '受注日(税込)']).orderDate).toBe(1)
    expect(findColumns(['出荷予定日', '金額']).orderDate).toBeNull()
  })

  it('reads the date the way order systems write it, as the Japan date', () => {
    expect(parseOrderDate('2026/12/29 10:12:00')).toBe('2026-12-29')
    expect(parseOrderDate('2026-12-29')).toBe('2026-12-29')
    expect(parseOrderDate('2026/1/4')).toBe('2026-01-04')
    expect(parseOrderDate('２０２６年１２月２９日')).toBe('2026-12-29')
    expect(parseOrderDate('20261229')).toBe('2026-12-29')
    expect(parseOrderDate('2026-12-28T16:30:00Z')).toBe('2026-12-29')
    expect(parseOrderDate('2026-12-29T08:30:00+09:00')).toBe('2026-12-29')
    expect(parseOrderDate('2026/02/30')).toBeNull()
    expect(parseOrderDate('不明')).toBeNull()
    expect(parseOrderDateTime('2026/12/28 9:05:00')).toEqual({ date: '2026-12-28', time: '09:05' })
    expect(parseOrderDateTime('2026-12-28T16:30:00Z')).toEqual({ date: '2026-12-29', time: '01:30' })
    expect(parseOrderDateTime('2026/12/28')).toEqual({ date: '2026-12-28', time: null })
  })
})

describe('order CSV: reading', () => {
  it('quoted fields with commas, quotes and line breaks; lines counted in the file', async () => {
    const orders = generateOrders(8, '2026-12-28', 4)
    const table = await readOrderCsv(ordersCsvText(orders))
    expect(table.rows).toHaveLength(8)
    expect(table.rows.map((r) => r.orderNumber)).toEqual(orders.map((o) => o.number))
    // notes[2] holds a line break: the rows after it start one line further down.
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 4, 6, 7, 8, 9, 11])
    expect(table.rows[0]).toMatchObject({ date: '2026-12-28', mall: '楽天市場店', mail: 'buyer0@example.jp' })
  })

  it('a row with the wrong number of fields names its line', async () => {
    const text = ordersCsvText(generateOrders(5, '2026-12-28', 2)).replace('\r\n100003,', '\r\n100003,2,')
    const e = await failure(text)
    expect(e.code).toBe('fields')
    expect(e.line).toBe(6)
    expect(e.text.ja).toBe(
      '6行目: 欄の数が見出しと合いません(見出しは7列、この行は8列)。欄の中の「,」が「"」で囲まれているか確かめてください。',
    )
  })

  it('an unclosed quote names the line it starts on', async () => {
    const e = await failure('受注番号,受注日\r\n1,2027/01/04\r\n2,"2027/01/04\r\n3,2027/01/04\r\n')
    expect(e.code).toBe('quotes')
    expect(e.line).toBe(3)
  })

  it('an empty file and a file without a date column are told apart', async () => {
    expect((await failure('')).code).toBe('empty')
    expect((await failure('番号,金額\r\n1,100\r\n')).code).toBe('noDateColumn')
    const picked = await readOrderCsv('番号,日\r\n1,2027/01/04\r\n', { orderDateColumn: 1 })
    expect(picked.rows[0]!.date).toBe('2027-01-04')
    expect(csvHeaders('番号,"日, 時"\r\n1,2\r\n')).toEqual(['番号', '日, 時'])
  })

  it('counts dates it cannot read and shows the first', async () => {
    const table = await readOrderCsv('受注日\r\n2027/01/04\r\n不明\r\n\r\nあとで\r\n')
    expect(table.unreadableDates).toEqual({ count: 2, first: { line: 3, value: '不明' } })
  })

  it('reports progress and can be stopped', async () => {
    const text = ordersCsvText(generateOrders(3000, '2026-12-20', 15))
    const seen: number[] = []
    await readOrderCsv(text, { rowsPerSlice: 500, onProgress: (f) => seen.push(f) })
    expect(seen.length).toBeGreaterThan(4)
    expect(seen[seen.length - 1]).toBe(1)
    expect([...seen].sort((a, b) => a - b)).toEqual(seen)
    // Line numbers stay right across the pauses.
    const sliced = await readOrderCsv(text, { rowsPerSlice: 7 })
    const whole = await readOrderCsv(text, { rowsPerSlice: 1_000_000 })
    expect(sliced.rows.map((r) => r.line)).toEqual(whole.rows.map((r) => r.line))
    expect(sliced.rows[2999]!.line).toBe(3001 + 750)
    const signal = { aborted: true }
    await expect(readOrderCsv(text, { rowsPerSlice: 500, signal })).rejects.toMatchObject({
      code: 'cancelled',
    })
  })

  it('100,000 rows in Shift_JIS are read whole (timed in npm run bench)', async () => {
    const orders = generateOrders(100_000, '2026-12-15', 30)
    const text = decodeCsv(shiftJis(ordersCsvText(orders))).text
    const table = await readOrderCsv(text)
    expect(table.rows).toHaveLength(100_000)
    expect(table.unreadableDates.count).toBe(0)
  })
})

describe('order CSV: the orders past the mail window', () => {
  it('are exactly the orders whose date the mail-window rule lists, on the same dates', async () => {
    const orders = generateOrders(2000, '2026-12-20', 20)
    const table = await readOrderCsv(decodeCsv(shiftJis(ordersCsvText(orders))).text)
    const list = missedOrders(table.rows, rule)
    const missed = new Set(window.confirmationMissed)
    expect(window.confirmationMissed[0]).toBe('2026-12-28')
    expect(list.map((o) => o.orderNumber).sort()).toEqual(
      orders
        .filter((o) => missed.has(o.date))
        .map((o) => o.number)
        .sort(),
    )
    expect(list.length).toBeGreaterThan(0)
    expect(list.every((o) => o.checkImportTime === (o.date === '2026-12-28'))).toBe(true)
    // On another import day the rule moves, and the list with it.
    const later = mailWindow(cal, yearEnd, { resumeDate: '2027-01-06' })
    const laterList = missedOrders(table.rows, {
      missedDates: later.confirmationMissed,
      lastShipDay: rule.lastShipDay,
    })
    expect(laterList.length).toBeGreaterThan(list.length)
  })

  it('with the last import time known, last-day orders placed before it drop out', async () => {
    const table = await readOrderCsv(ordersCsvText(generateOrders(400, '2026-12-27', 4)))
    const lastDay = table.rows.filter((r) => r.date === '2026-12-28')
    const list = missedOrders(table.rows, { ...rule, lastImportTime: '17:00' })
    expect(list.filter((o) => o.date === '2026-12-28').map((o) => o.line)).toEqual(
      lastDay.filter((r) => r.time! >= '17:00').map((r) => r.line),
    )
    expect(list.every((o) => !o.checkImportTime)).toBe(true)
  })

  it('exports as CSV (BOM, CRLF, quoted) and as tab-separated text', async () => {
    const table = await readOrderCsv(ordersCsvText(generateOrders(40, '2026-12-27', 8)))
    const list = missedOrders(table.rows, rule)
    const csv = missedOrdersCsv(list, 'ja')
    expect(csv.startsWith('\uFEFF受注番号,受注日,モール・店舗,購入者名,メールアドレス,確認\r\n')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(list.length + 2)
    const tsv = missedOrdersTsv(list, 'en')
    expect(tsv.split('\n')[0]).toBe('Order number\tOrder date\tMall / shop\tName\tMail\tCheck')
  })
})
