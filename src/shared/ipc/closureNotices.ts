import { z } from 'zod'
import { noticeTemplateIds, type NoticeTemplateId } from '../domain/notices/templates'
import type { NoticeDates } from '../domain/notices/dates'
import type { NoticePlacement } from '../domain/notices/malls'
import { MAX_LIMIT, MAX_NOTICE_BODY, MAX_SHOP_NAME, type NoticeOptions } from '../domain/notices/options'
import type { ClosureState } from '../domain/timeline/lifecycle'
import type { Bilingual, Closure, IsoDate, Lang } from '../domain/types'
import { channel } from './channel'
import { id, isoDate } from './schemas'

/**
 * Closure notices: the texts of the closure of the day, per scope ('common' or a
 * shop id), the rule of the order-CSV check, and the plan as a calendar file. Rendering happens
 * where the text is shown (shared/domain/notices), so the preview follows every keystroke.
 */
export interface NoticeTemplateView {
  id: NoticeTemplateId
  title: Bilingual
  purpose: Bilingual
  /** The text in use for this scope: its own edit, else the common edit, else the built-in. */
  body: Bilingual
  builtIn: Bilingual
  /** Where the text comes from, per language. */
  origin: { ja: NoticeOrigin; en: NoticeOrigin }
  /** Where the scope's mall takes this text (unsourced); null for 'common' or no known field. */
  placement: NoticePlacement | null
}

export type NoticeOrigin = 'builtIn' | 'common' | 'own'

export interface NoticeShop {
  id: string
  name: string
  mallId: string
  mallName: Bilingual
}

export interface ClosureNoticesView {
  today: IsoDate
  closure: Closure | null
  state: ClosureState | null
  /** The dates the texts are filled with (null without a closure). */
  dates: NoticeDates | null
  scope: string
  shops: NoticeShop[]
  options: NoticeOptions
  /** The scope has options of its own (a shop), else it uses the common ones. */
  ownOptions: boolean
  templates: NoticeTemplateView[]
}

export interface OrderCheckRule {
  closure: Closure
  lastShipDay: IsoDate
  reopening: IsoDate
  /** The import day the rule is computed for (default: the reopening day). */
  resumeDate: IsoDate
  windowDays: number
  /** Order dates past the window on resumeDate: mailWindow().confirmationMissed. */
  missedDates: IsoDate[]
  sentences: Bilingual[]
}

export interface CalendarFile {
  fileName: string
  content: string
  events: number
}

const scope = id
const lang = z.enum(['ja', 'en'] satisfies Lang[])
const templateId = z.enum(noticeTemplateIds)
const where = { scope, closureId: id.optional() }

export const closureNoticesChannels = {
  getClosureNotices: channel<ClosureNoticesView>()(
    z.object({ scope: scope.optional(), closureId: id.optional() }).strict(),
  ),
  saveNoticeTemplate: channel<ClosureNoticesView>()(
    z.object({ ...where, templateId, lang, body: z.string().max(MAX_NOTICE_BODY) }).strict(),
  ),
  /** Back to the inherited text (common edit or built-in); without lang, both languages. */
  resetNoticeTemplate: channel<ClosureNoticesView>()(
    z.object({ ...where, templateId, lang: lang.optional() }).strict(),
  ),
  /** null: the shop uses the common options again. */
  saveNoticeOptions: channel<ClosureNoticesView>()(
    z
      .object({
        ...where,
        options: z
          .object({
            shopName: z.string().max(MAX_SHOP_NAME),
            showCutoff: z.boolean(),
            limits: z.partialRecord(templateId, z.number().int().min(1).max(MAX_LIMIT)),
          })
          .strict()
          .nullable(),
      })
      .strict(),
  ),
  getOrderCheckRule: channel<OrderCheckRule | null>()(z.object({ resumeDate: isoDate.optional() }).strict()),
  exportCalendarIcs: channel<CalendarFile>()(z.object({ lang }).strict()),
}
