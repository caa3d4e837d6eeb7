/**
 * The wizard's tools for a live run: the non-business days to copy into the mall and order
 * system screens (the months around the closure), and the mail window after the reopening.
 */
import { exportNonBusinessDays } from '@shared/domain/calendarExport'
import type { BusinessCalendar } from '@shared/domain/calendar'
import { daysInMonth, formatYmd, parseIsoDate } from '@shared/domain/isoDate'
import { mailWindow } from '@shared/domain/mailWindow'
import type { Closure, IsoDate } from '@shared/domain/types'
import type { PhaseDates } from '@shared/domain/wizard'
import type { PrepTools } from '@shared/ipc/wizard'

/** The months around the closure: from the first of its first month to the end of the reopening's month. */
function exportRange(closure: Closure, reopening: IsoDate): { from: IsoDate; to: IsoDate } {
  const first = parseIsoDate(closure.start)!
  const last = parseIsoDate(reopening)!
  return {
    from: formatYmd({ year: first.year, month: first.month, day: 1 }),
    to: formatYmd({ year: last.year, month: last.month, day: daysInMonth(last.year, last.month) }),
  }
}

export function prepTools(closure: Closure, dates: PhaseDates, cal: BusinessCalendar): PrepTools {
  const { from, to } = exportRange(closure, dates.afterReopening)
  const exported = exportNonBusinessDays(cal, from, to)
  const mail = mailWindow(cal, closure)
  return {
    nonBusinessDays: {
      from,
      to,
      list: exported.list,
      closures: exported.closures,
      count: exported.list.split('\n').filter(Boolean).length,
    },
    mail: {
      resumeDate: mail.resumeDate,
      windowDays: mail.windowDays,
      confirmationMissed: mail.confirmationMissed,
      shippingNoticeMissed: mail.shippingNoticeMissed,
      sentences: mail.sentences,
    },
  }
}
