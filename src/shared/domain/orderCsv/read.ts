import Papa from 'papaparse'
import type { IsoDate } from '../types'
import { findColumns, type ColumnMap } from './columns'
import { parseOrderDateTime } from './dates'
import { errorText } from '@shared/errors'
import { OrderCsvError } from './errors'

/**
 * Reading an order CSV (papaparse, RFC 4180: quoted fields may hold commas, quotes and line
 * breaks). Only the columns the check needs are kept, so a large export costs little memory,
 * and nothing of the file leaves this function except those cells.
 */
export interface OrderRow {
  /** The line of the file the row starts on (the header is line 1). */
  line: number
  orderNumber: string
  orderDate: string
  date: IsoDate | null
  /** 'HH:MM' in Japan time when the cell has a time. */
  time: string | null
  mall: string
  name: string
  mail: string
}

export interface OrderCsvTable {
  headers: string[]
  columns: ColumnMap
  rows: OrderRow[]
  /** Rows whose order date could not be read: how many, and the first one. */
  unreadableDates: { count: number; first: { line: number; value: string } | null }
}

export interface ReadOptions {
  /** The order-date column the user picked, by its index; default: found by its header. */
  orderDateColumn?: number
  /** Called with 0…1 while reading. */
  onProgress?: (fraction: number) => void
  signal?: { aborted: boolean }
  /** Rows between two pauses that let the window repaint (the progress bar moves). */
  rowsPerSlice?: number
}

/** The header row alone, for the column picker. */
export function csvHeaders(text: string): string[] {
  const first = Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: 'greedy' })
  return (first.data[0] ?? []).map((h) => h.trim())
}

export function readOrderCsv(text: string, options: ReadOptions = {}): Promise<OrderCsvTable> {
  const slice = options.rowsPerSlice ?? 10_000
  return new Promise((resolve, reject) => {
    let headers: string[] | null = null
    let columns: ColumnMap | null = null
    const rows: OrderRow[] = []
    const unreadable: OrderCsvTable['unreadableDates'] = { count: 0, first: null }
    let line = 1
    let cursor = 0
    // After a resume papaparse counts its cursor from where it paused: this is where that was.
    let base = 0
    let sinceYield = 0
    let failed = false

    const fail = (error: OrderCsvError, parser: Papa.Parser) => {
      failed = true
      parser.abort()
      reject(error)
    }

    Papa.parse<string[]>(text, {
      skipEmptyLines: 'greedy',
      step(result, parser) {
        const startLine = line
        // Line numbers follow the file's own line breaks, inside quoted fields too.
        const end = base + result.meta.cursor
        for (let i = cursor; i < end; i++) if (text.charCodeAt(i) === 10) line++
        cursor = end
        const quoteError = result.errors.find((e) => e.type === 'Quotes')
        if (quoteError) {
          const text = errorText('orderCsvQuoteNotClosed', { line: startLine })
          fail(new OrderCsvError('quotes', text, startLine), parser)
          return
        }
        const cells = result.data
        if (headers === null) {
          headers = cells.map((h) => h.trim())
          columns = findColumns(headers)
          if (options.orderDateColumn !== undefined) columns.orderDate = options.orderDateColumn
          if (columns.orderDate === null || columns.orderDate >= headers.length) {
            fail(new OrderCsvError('noDateColumn', errorText('orderCsvNoDateColumn', {})), parser)
          }
          return
        }
        if (cells.length !== headers.length) {
          const text = errorText('orderCsvFieldCount', {
            line: startLine,
            headerFields: headers.length,
            rowFields: cells.length,
          })
          fail(new OrderCsvError('fields', text, startLine), parser)
          return
        }
        const c = columns!
        const cell = (i: number | null) => (i === null ? '' : (cells[i] ?? '').trim())
        const orderDate = cell(c.orderDate)
        const parsed = parseOrderDateTime(orderDate)
        const date = parsed?.date ?? null
        if (date === null) {
          unreadable.count++
          unreadable.first ??= { line: startLine, value: orderDate }
        }
        rows.push({
          line: startLine,
          orderNumber: cell(c.orderNumber),
          orderDate,
          date,
          time: parsed?.time ?? null,
          mall: cell(c.mall),
          name: cell(c.name),
          mail: cell(c.mail),
        })
        if (++sinceYield >= slice) {
          sinceYield = 0
          options.onProgress?.(cursor / text.length)
          parser.pause()
          base = cursor
          setTimeout(() => {
            if (options.signal?.aborted) {
              fail(new OrderCsvError('cancelled', errorText('orderCsvCancelled', {})), parser)
            } else parser.resume()
          }, 0)
        }
      },
      complete() {
        if (failed) return
        if (headers === null) {
          reject(new OrderCsvError('empty', errorText('orderCsvEmpty', {})))
          return
        }
        options.onProgress?.(1)
        resolve({ headers, columns: columns!, rows, unreadableDates: unreadable })
      },
    })
  })
}
