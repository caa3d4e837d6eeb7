import { eventsToIcs, planCalendarEvents } from '@shared/domain/ics'
import { mallProfile } from '@shared/domain/malls'
import { mailWindow } from '@shared/domain/mailWindow'
import {
  COMMON_SCOPE,
  defaultNoticeOptions,
  MAX_LIMIT,
  MAX_SHOP_NAME,
  noticeDates,
  noticePlacement,
  noticeTemplates,
  type NoticeOptions,
} from '@shared/domain/notices'
import type { Closure, Lang } from '@shared/domain/types'
import { appError } from '@shared/errors'
import type { ParsedInput } from '@shared/ipc'
import type {
  CalendarFile,
  ClosureNoticesView,
  NoticeOrigin,
  NoticeShop,
  OrderCheckRule,
} from '@shared/ipc/closureNotices'
import type { CoreContext } from '../context'
import { NoticeTemplatesRepo } from '../db/noticeTemplatesRepo'
import type { CalendarService } from './calendarService'
import type { ShopsService } from './shopsService'
import type { TimelineService } from './timelineService'

interface Where {
  scope?: string
  closureId?: string
}

/**
 * Closure notices, the order-CSV rule and the calendar file: all three read their dates from the
 * calendar's lifecycle and the action plan, never their own. Only edited texts are stored; the
 * rest is shared/domain/notices.
 */
export class ClosureNoticesService {
  private readonly repo: NoticeTemplatesRepo

  constructor(
    private readonly ctx: CoreContext,
    private readonly deps: { calendar: CalendarService; shops: ShopsService; timeline: TimelineService },
  ) {
    this.repo = new NoticeTemplatesRepo(ctx.db)
  }

  view(where: Where = {}): ClosureNoticesView {
    const shops = this.shopList()
    const scope = where.scope ?? COMMON_SCOPE
    const shop = this.shopOf(scope, shops)
    const lifecycle = this.deps.calendar.lifecycle()
    const closure = this.closureOf(where.closureId)
    const own = scope === COMMON_SCOPE ? null : readOptions(this.repo.options(scope))
    const options = own ?? readOptions(this.repo.options(COMMON_SCOPE)) ?? { ...defaultNoticeOptions }
    // A shop without a name of its own in the texts speaks with its shop name.
    const withName = shop && !own && options.shopName === '' ? { ...options, shopName: shop.name } : options
    const edits = this.repo.templates(scope === COMMON_SCOPE ? [COMMON_SCOPE] : [COMMON_SCOPE, scope])
    const edited = (s: string, t: string, l: Lang) =>
      edits.find((e) => e.scope === s && e.templateId === t && e.lang === l)?.body
    return {
      today: lifecycle.today,
      closure,
      state: closure && lifecycle.current?.closure.id === closure.id ? lifecycle.state : null,
      dates: closure
        ? noticeDates(this.deps.calendar.calendar(), closure, { showCutoff: withName.showCutoff })
        : null,
      scope,
      shops,
      options: withName,
      ownOptions: own !== null,
      templates: noticeTemplates.map((t) => {
        const pickText = (l: Lang): { body: string; origin: NoticeOrigin } => {
          const mine = scope === COMMON_SCOPE ? undefined : edited(scope, t.id, l)
          if (mine !== undefined) return { body: mine, origin: 'own' }
          const common = edited(COMMON_SCOPE, t.id, l)
          if (common !== undefined) return { body: common, origin: scope === COMMON_SCOPE ? 'own' : 'common' }
          return { body: t.body[l], origin: 'builtIn' }
        }
        const ja = pickText('ja')
        const en = pickText('en')
        return {
          id: t.id,
          title: t.title,
          purpose: t.purpose,
          body: { ja: ja.body, en: en.body },
          builtIn: t.body,
          origin: { ja: ja.origin, en: en.origin },
          placement: noticePlacement(shop?.mallId ?? null, t.id),
        }
      }),
    }
  }

  saveTemplate(input: ParsedInput<'saveNoticeTemplate'>) {
    this.shopOf(input.scope, this.shopList())
    const body = input.body.replace(/\r\n?/g, '\n')
    if (body.trim() === '') {
      throw appError('noticeEmpty', {}, 'body')
    }
    this.repo.saveTemplate(
      { scope: input.scope, templateId: input.templateId, lang: input.lang, body },
      this.ctx.nowIso(),
    )
    this.changed()
    return this.view(input)
  }

  resetTemplate(input: ParsedInput<'resetNoticeTemplate'>) {
    this.shopOf(input.scope, this.shopList())
    this.repo.deleteTemplate(input.scope, input.templateId, input.lang ?? null)
    this.changed()
    return this.view(input)
  }

  saveOptions(input: ParsedInput<'saveNoticeOptions'>) {
    this.shopOf(input.scope, this.shopList())
    if (input.options === null) {
      this.repo.deleteOptions(input.scope)
    } else {
      this.repo.saveOptions(
        input.scope,
        { ...input.options, shopName: input.options.shopName.trim() },
        this.ctx.nowIso(),
      )
    }
    this.changed()
    return this.view(input)
  }

  /** The mail-window rule of the closure of the day, for the order-CSV check. */
  orderCheckRule(input: ParsedInput<'getOrderCheckRule'>): OrderCheckRule | null {
    const current = this.deps.calendar.lifecycle().current
    if (!current) return null
    const cal = this.deps.calendar.calendar()
    const w = mailWindow(cal, current.closure, input.resumeDate ? { resumeDate: input.resumeDate } : {})
    return {
      closure: current.closure,
      lastShipDay: current.lastBusinessDay,
      reopening: current.reopening,
      resumeDate: w.resumeDate,
      windowDays: w.windowDays,
      missedDates: w.confirmationMissed,
      sentences: w.sentences,
    }
  }

  calendarFile(lang: Lang): CalendarFile {
    const plan = this.deps.timeline.plan()
    const showCutoff = (readOptions(this.repo.options(COMMON_SCOPE)) ?? defaultNoticeOptions).showCutoff
    const events = planCalendarEvents({ plan, calendar: this.deps.calendar.calendar(), lang, showCutoff })
    const closure = plan.lifecycle.current?.closure
    const base = closure
      ? `${lang === 'en' ? 'holiday-prep' : '休業準備ナビ'}-${closure.name}-${closure.start.slice(0, 4)}`
      : lang === 'en'
        ? 'holiday-prep'
        : '休業準備ナビ'
    return {
      // The save dialog refuses folder and reserved characters; a closure's name may hold them.
      // eslint-disable-next-line no-control-regex
      fileName: `${base.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 90)}.ics`,
      content: eventsToIcs(events, { lang, now: this.ctx.clock.now() }),
      events: events.length,
    }
  }

  private closureOf(closureId: string | undefined): Closure | null {
    if (closureId === undefined) return this.deps.calendar.lifecycle().current?.closure ?? null
    const found = this.deps.calendar.settings().closures.find((c) => c.id === closureId)
    if (!found) throw appError('calendarClosureNotFound', {})
    return found
  }

  private shopList(): NoticeShop[] {
    return this.deps.shops.setupForRun().shops.map((s) => ({
      id: s.id,
      name: s.name,
      mallId: s.mallId,
      mallName: mallProfile(s.mallId)?.name ?? { ja: s.mallId, en: s.mallId },
    }))
  }

  private shopOf(scope: string, shops: NoticeShop[]): NoticeShop | null {
    if (scope === COMMON_SCOPE) return null
    const shop = shops.find((s) => s.id === scope)
    if (!shop) throw appError('shopGone', {})
    return shop
  }

  private changed() {
    this.ctx.events.changed('notices')
  }
}

/** Stored options, checked field by field: an old or damaged row falls back instead of failing. */
function readOptions(raw: unknown): NoticeOptions | null {
  if (!raw || typeof raw !== 'object') return null
  const r = raw as Record<string, unknown>
  const limits: NoticeOptions['limits'] = {}
  if (r.limits && typeof r.limits === 'object') {
    for (const t of noticeTemplates) {
      const n = (r.limits as Record<string, unknown>)[t.id]
      if (typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= MAX_LIMIT) limits[t.id] = n
    }
  }
  return {
    shopName: typeof r.shopName === 'string' ? r.shopName.slice(0, MAX_SHOP_NAME) : '',
    showCutoff: typeof r.showCutoff === 'boolean' ? r.showCutoff : true,
    limits,
  }
}
