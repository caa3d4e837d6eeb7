import { createBusinessCalendar } from '@shared/domain/calendar'
import { mailWindow } from '@shared/domain/mailWindow'
import { decodeCsv, missedOrders, readOrderCsv } from '@shared/domain/orderCsv'
import { defaultCalendarSettings, type Closure } from '@shared/domain/types'
import { generateOrders, ordersCsvText, shiftJis } from '../../tests/helpers/orderCsv'
import { median, round, timeAsync } from './stats'

/**
 * Reading a 100,000-row order CSV the way the screen does: Shift_JIS bytes decoded, parsed with
 * its pauses for the progress bar (papaparse, 10,000 rows a slice), and the orders past the mail
 * window listed. The file is generated once; each run reads it from the bytes.
 */
export async function orderCsvRead(runs: number) {
  const closure: Closure = { id: 'ye', name: '年末年始', start: '2026-12-29', end: '2027-01-03' }
  const cal = createBusinessCalendar({ ...defaultCalendarSettings, closures: [closure] })
  const w = mailWindow(cal, closure)
  const rule = { missedDates: w.confirmationMissed, lastShipDay: cal.lastShipDayBefore(closure) }
  const bytes = shiftJis(ordersCsvText(generateOrders(100_000, '2026-12-10', 30)))
  const ms: number[] = []
  let missed = 0
  for (let i = 0; i < runs; i++) {
    const r = await timeAsync(async () => {
      const table = await readOrderCsv(decodeCsv(bytes).text)
      return missedOrders(table.rows, rule).length
    })
    ms.push(r.ms)
    missed = r.value
  }
  return { rows: 100_000, megabytes: round(bytes.length / 1024 / 1024), medianMs: round(median(ms)), missed }
}
