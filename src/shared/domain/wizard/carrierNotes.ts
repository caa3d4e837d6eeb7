import { formatDate } from '../dateFormat'
import { addDays, parseIsoDate, slashDate } from '../isoDate'
import type { Bilingual, Closure, IsoDate } from '../types'

/**
 * The text the carrier notes start from (step 'carrier.pickups'). Carriers change their
 * holiday schedules every year, so the app only lays out what to find out and where to write
 * it; the shop fills in the times and overwrites anything. The post-office line appears when
 * the New Year days (12/31–1/3, when most counters close) fall between the last shipping day
 * and the reopening day.
 */
const ja = (date: IsoDate) => formatDate(date, 'ja', 'short')
const en = (date: IsoDate) => formatDate(date, 'en', 'short')

/** True when some day from 12/31 to 1/3 lies in [from, to]. */
export function spansNewYearCounters(from: IsoDate, to: IsoDate): boolean {
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const ymd = parseIsoDate(d)!
    if ((ymd.month === 12 && ymd.day === 31) || (ymd.month === 1 && ymd.day <= 3)) return true
  }
  return false
}

export function carrierNotesTemplate(closure: Closure, lastShipDay: IsoDate, reopening: IsoDate): Bilingual {
  const newYear = spansNewYearCounters(lastShipDay, reopening)
  const jaLines = [
    `休業: ${slashDate(closure.start)}〜${slashDate(closure.end)}(最後の出荷 ${ja(lastShipDay)}、再開 ${ja(reopening)})`,
    '',
    '■ ヤマト運輸',
    `・最後の集荷: ${ja(lastShipDay)} __時ごろ(予約: 未)`,
    `・再開後の最初の集荷: ${ja(reopening)} __時ごろ(予約: 未)`,
    '・営業所の窓口(持ち込む場合):',
    '',
    '■ 佐川急便',
    `・最後の集荷: ${ja(lastShipDay)} __時ごろ(予約: 未)`,
    `・再開後の最初の集荷: ${ja(reopening)} __時ごろ(予約: 未)`,
    '・営業所の窓口(持ち込む場合):',
    '',
    '■ 日本郵便',
    newYear
      ? '・多くの郵便局の窓口は 12/31〜1/3 が休み。開いている近くの窓口と時間:'
      : '・近くの郵便局の窓口の営業日と時間:',
    '',
    '■ そのほか',
    '・',
  ]
  const enLines = [
    `Closure: ${slashDate(closure.start)}–${slashDate(closure.end)} (last shipment ${en(lastShipDay)}, back on ${en(reopening)})`,
    '',
    '■ Yamato',
    `- Last pickup: ${en(lastShipDay)} at about __:00 (booked: no)`,
    `- First pickup after reopening: ${en(reopening)} at about __:00 (booked: no)`,
    '- Branch counter (for drop-offs):',
    '',
    '■ Sagawa',
    `- Last pickup: ${en(lastShipDay)} at about __:00 (booked: no)`,
    `- First pickup after reopening: ${en(reopening)} at about __:00 (booked: no)`,
    '- Branch counter (for drop-offs):',
    '',
    '■ Japan Post',
    newYear
      ? '- Most post-office counters are closed 12/31–1/3. Nearest counter that stays open, and its hours:'
      : '- Days and hours of the nearest post-office counter:',
    '',
    '■ Others',
    '- ',
  ]
  return { ja: jaLines.join('\n'), en: enLines.join('\n') }
}
