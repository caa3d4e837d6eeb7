import type { BusinessCalendar } from '../calendar'
import { addDays, slashDate } from '../isoDate'
import { noticeDates } from '../notices/dates'
import type { ActionPlan, PlanAction } from '../timeline/actionPlan'
import type { IsoDate, Lang } from '../types'

/**
 * The action plan as calendar events: every dated action (renew-by dates, step do-by dates),
 * the phase starts, the last business day with its order cut-off, the reopening day and the
 * closure itself. A shop that keeps its own calendar (Google, Outlook, iOS) gets the same dates
 * as every screen of the app, because they are read from the one plan.
 *
 * UIDs are derived from what an event is about, never from when it was exported, so importing a
 * newer file updates the events instead of adding copies: a credential keeps its UID while its
 * renew-by date moves after a renewal; a step is keyed by its closure and step key.
 */
export interface CalendarAlarm {
  /** Minutes before the event's start (negative: after it; an all-day event starts at 00:00). */
  minutesBefore: number
}

export interface PlanCalendarEvent {
  uid: string
  kind: 'closure' | 'phase' | 'lastBusinessDay' | 'orderDeadline' | 'reopening' | 'action'
  title: string
  description: string
  /** First day. */
  date: IsoDate
  /** All-day events: the day after the last day (RFC 5545's exclusive DTEND). */
  endDate: IsoDate
  /** A timed event in Japan time (UTC+9) instead of an all-day one. */
  time: { start: string; minutes: number } | null
  alarms: CalendarAlarm[]
  /** Done or skipped: kept in the file (so the calendar's copy is updated) without alarms. */
  settled: boolean
}

const UID_DOMAIN = 'holiday-prep'
/** 09:00 the day before and 09:00 on the day, for an all-day event. */
const DAY_ALARMS: CalendarAlarm[] = [{ minutesBefore: 15 * 60 }, { minutesBefore: -9 * 60 }]

const T = {
  closure: { ja: '休業', en: 'Closed' },
  monthBefore: {
    ja: '休業の1か月前:早めの更新と準備を始める',
    en: 'A month before the closure: start early renewals and preparation',
  },
  weekBefore: {
    ja: '休業の1週間前:準備のチェックリストを進める',
    en: 'A week before the closure: work through the checklist',
  },
  lastBusinessDay: {
    ja: '最終営業日:最後の発送と最終チェック',
    en: 'Last business day: last shipments and the final check',
  },
  orderDeadline: {
    ja: '休業前に発送できる注文の締め切り',
    en: 'Cut-off for orders that ship before the closure',
  },
  reopening: { ja: '営業再開日:休み明けの確認', en: 'Reopening day: the after-closure checks' },
  done: { ja: '【済】', en: '[done] ' },
  skipped: { ja: '【スキップ】', en: '[skipped] ' },
  doBy: { ja: 'この日までに', en: 'Do by this day' },
  expires: { ja: '有効期限', en: 'Expires' },
  openApp: { ja: '休業準備ナビで開く', en: 'Open in Holiday Prep' },
} as const

export interface PlanEventsInput {
  plan: ActionPlan
  calendar: BusinessCalendar
  lang: Lang
  /** Name the order cut-off time (the notices' option); default true. */
  showCutoff?: boolean
}

export function planCalendarEvents(input: PlanEventsInput): PlanCalendarEvent[] {
  const { plan, calendar, lang } = input
  const t = (k: keyof typeof T) => T[k][lang]
  const events: PlanCalendarEvent[] = []
  const allDay = (
    uid: string,
    kind: PlanCalendarEvent['kind'],
    title: string,
    description: string,
    date: IsoDate,
    alarms: CalendarAlarm[] = DAY_ALARMS,
  ): PlanCalendarEvent => ({
    uid: `${uid}@${UID_DOMAIN}`,
    kind,
    title,
    description,
    date,
    endDate: addDays(date, 1),
    time: null,
    alarms,
    settled: false,
  })

  const current = plan.lifecycle.current
  if (current) {
    const c = current.closure
    const id = c.id
    events.push({
      ...allDay(`closure.${id}`, 'closure', `${t('closure')}: ${c.name}`, range(c.start, c.end), c.start, []),
      endDate: addDays(c.end, 1),
    })
    const phases = [
      ['monthBefore', current.phases.monthBefore],
      ['weekBefore', current.phases.weekBefore],
    ] as const
    for (const [phase, date] of phases) {
      events.push(allDay(`phase.${id}.${phase}`, 'phase', t(phase), c.name, date))
    }
    events.push(
      allDay(
        `lastBusinessDay.${id}`,
        'lastBusinessDay',
        t('lastBusinessDay'),
        c.name,
        current.lastBusinessDay,
      ),
    )
    const deadline = noticeDates(calendar, c, { showCutoff: input.showCutoff ?? true }).orderDeadline
    if (deadline.time) {
      events.push({
        ...allDay(
          `orderDeadline.${id}`,
          'orderDeadline',
          `${t('orderDeadline')} (${deadline.time})`,
          c.name,
          deadline.date,
        ),
        endDate: deadline.date,
        time: { start: deadline.time, minutes: 15 },
        alarms: [{ minutesBefore: 60 }],
      })
    }
    events.push(allDay(`reopening.${id}`, 'reopening', t('reopening'), c.name, current.reopening))
  }

  for (const a of plan.actions) events.push(actionEvent(a, current?.closure.id ?? null, lang, allDay))
  return events
}

function actionEvent(
  a: PlanAction,
  closureId: string | null,
  lang: Lang,
  allDay: (
    uid: string,
    kind: PlanCalendarEvent['kind'],
    title: string,
    description: string,
    date: IsoDate,
  ) => PlanCalendarEvent,
): PlanCalendarEvent {
  const t = (k: keyof typeof T) => T[k][lang]
  const settled = a.state === 'done' || a.state === 'skipped'
  const prefix = a.state === 'done' ? t('done') : a.state === 'skipped' ? t('skipped') : ''
  const lines = [a.why[lang], '', `${t('doBy')}: ${slashDate(a.doBy)}`]
  if (a.credential) lines.push(`${t('expires')}: ${slashDate(a.credential.expiresOn)}`)
  lines.push(`${t('openApp')}: #${a.route}`)
  // A credential's event follows the credential from closure to closure; a step belongs to its run.
  const uid = a.kind === 'credential' ? `action.${a.id}` : `action.${closureId ?? 'none'}.${a.id}`
  const event = allDay(uid, 'action', `${prefix}${a.title[lang]}`, lines.join('\n'), a.doBy)
  return settled ? { ...event, alarms: [], settled } : event
}

function range(start: IsoDate, end: IsoDate): string {
  return `${slashDate(start)} – ${slashDate(end)}`
}
