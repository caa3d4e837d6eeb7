import type { BusinessCalendar } from './calendar'
import { addDays, diffDays, isValidIsoDate, parseIsoDate } from './isoDate'
import type { Bilingual, Closure, IsoDate } from './types'

/**
 * Which automatic mails a closure will silently skip.
 *
 * The order system creates the order confirmation mail (受注確認連絡メール) only for orders
 * less than one week old when they are imported. The last import before the closure runs on
 * the last business day; anything arriving after it waits until the first import on
 * resumeDate. So the candidate order dates run from lastShipDayBefore(closure) (orders after
 * that day's last import) through the day before resumeDate.
 *
 * An order date d is missed when diffDays(resumeDate, d) >= windowDays. The 7th day counts
 * as missed on purpose: the vendor does not say at which hour the week ends, and a shop that
 * writes one mail too many loses nothing, while one too few leaves a customer wondering.
 *
 * Shipping notices have the same window from the ship-confirmation date: confirmations dated
 * from the last business day through the closure's last day whose notice would only be
 * created at resumeDate are missed under the same rule.
 */

export interface MailWindow {
  /** The day importing starts again: by default the first business day after the closure. */
  resumeDate: IsoDate
  windowDays: number
  /** Order dates whose 受注確認連絡メール will not be created: a フリーメール is needed. */
  confirmationMissed: IsoDate[]
  /** Ship-confirmation dates whose shipping notice will not be created. */
  shippingNoticeMissed: IsoDate[]
  /** Plain sentences for the screen, Japanese first. */
  sentences: Bilingual[]
}

export function mailWindow(
  cal: BusinessCalendar,
  closure: Closure,
  options: { resumeDate?: IsoDate; windowDays?: number } = {},
): MailWindow {
  const resumeDate = options.resumeDate ?? cal.firstShipDayAfter(closure)
  const windowDays = options.windowDays ?? 7
  if (!isValidIsoDate(resumeDate)) throw new RangeError(`resumeDate is not a date: ${resumeDate}`)
  if (!Number.isInteger(windowDays) || windowDays < 1) {
    throw new RangeError(`windowDays must be a whole number of days, 1 or more: ${windowDays}`)
  }
  const lastDay = cal.lastShipDayBefore(closure)
  const missed = (d: IsoDate) => diffDays(resumeDate, d) >= windowDays

  const confirmationMissed = datesFromTo(lastDay, addDays(resumeDate, -1)).filter(missed)
  const shippingNoticeMissed = datesFromTo(lastDay, closure.end).filter(missed)

  const resume = monthDay(resumeDate)
  const sentences: Bilingual[] = [
    {
      ja:
        `注文システムが受注確認メールを自動で作るのは、取り込んだ時点で注文日から${windowDays}日たっていない注文だけです。` +
        `${monthDay(lastDay)} の最終取込のあとに入った注文は、${resume} にまとめて取り込まれます。`,
      en:
        `The order system only creates the order confirmation mail for orders less than ${windowDays} days old ` +
        `when they are imported. Orders that come in after the last import on ${monthDay(lastDay)} ` +
        `are all imported on ${resume}.`,
    },
  ]

  // Lateness only grows towards the past, so what is missed is always one run of days that
  // starts on the last business day.
  if (confirmationMissed.length > 0) {
    const from = monthDay(lastDay)
    const to = monthDay(confirmationMissed[confirmationMissed.length - 1]!)
    const single = confirmationMissed.length === 1
    sentences.push({
      ja:
        (single
          ? `${from} の最終取込のあとに入った注文には、`
          : `${from} の最終取込のあとから ${to} までに入った注文には、`) +
        `受注確認メールが自動で作られません。${resume} の取込のあと、フリーメールで連絡してください。`,
      en:
        (single
          ? `Orders that came in on ${from} after the day's last import `
          : `Orders that came in from ${from} (after the day's last import) through ${to} `) +
        `get no automatic order confirmation mail. After the import on ${resume}, ` +
        'write to these customers with a free-form mail (フリーメール).',
    })
  } else {
    sentences.push({
      ja: `${resume} に取り込む注文はどれも注文日から${windowDays}日たっていないので、受注確認メールは自動で作られます。`,
      en: `Every order imported on ${resume} is less than ${windowDays} days old, so all order confirmation mails are created automatically.`,
    })
  }

  if (shippingNoticeMissed.length > 0) {
    const ranges = dateRange(shippingNoticeMissed[0]!, shippingNoticeMissed[shippingNoticeMissed.length - 1]!)
    sentences.push({
      ja:
        `出荷確定日が ${ranges.ja} の注文で、発送通知メールがまだ作られていないものは、このあと自動では作られません。` +
        'フリーメールで発送をお知らせしてください。',
      en:
        `Orders whose shipment was confirmed on ${ranges.en} and whose shipping notice has not been created yet ` +
        'will not get one automatically. Tell these customers about the shipment with a free-form mail.',
    })
  } else {
    sentences.push({
      ja: `${resume} の時点でどの出荷確定日からも${windowDays}日たっていないので、発送通知メールは自動で作られます。`,
      en: `On ${resume} no shipment confirmation is ${windowDays} days old yet, so shipping notices are created automatically.`,
    })
  }

  return { resumeDate, windowDays, confirmationMissed, shippingNoticeMissed, sentences }
}

function datesFromTo(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = []
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d)
  return out
}

/** '12/29' rather than the full date: the sentences sit next to the closure's own dates. */
function monthDay(date: IsoDate): string {
  const ymd = parseIsoDate(date)!
  return `${ymd.month}/${ymd.day}`
}

function dateRange(from: IsoDate, to: IsoDate): Bilingual {
  if (from === to) return { ja: monthDay(from), en: monthDay(from) }
  return { ja: `${monthDay(from)}〜${monthDay(to)}`, en: `${monthDay(from)}–${monthDay(to)}` }
}
