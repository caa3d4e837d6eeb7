import { randomUUID } from 'node:crypto'
import { createBusinessCalendar, type BusinessCalendar } from '@shared/domain/calendar'
import { closureSummary } from '@shared/domain/closureSummary'
import {
  validateCalendarSettings,
  validateClosure,
  type CalendarProblem,
} from '@shared/domain/calendarValidation'
import { closureLifecycle, followUpDaysOf, type Lifecycle } from '@shared/domain/timeline/lifecycle'
import type { CalendarSettings, Closure, IsoDate } from '@shared/domain/types'
import { AppError, appError } from '@shared/errors'
import type { ParsedInput } from '@shared/ipc'
import type { CalendarView } from '@shared/ipc/calendar'
import type { CoreContext } from '../context'
import { CalendarRepo } from '../db/calendarRepo'

export type CalendarSettingsInput = ParsedInput<'saveCalendarSettings'>
export type ClosureInput = ParsedInput<'saveClosure'>

function refuse(problems: CalendarProblem[]): never {
  throw AppError.from(problems[0]!)
}

/**
 * The shop's business calendar (one for all shops). The built calendar is cached and rebuilt
 * only when the settings change, because every screen and the scheduler ask it questions.
 */
export class CalendarService {
  private readonly repo: CalendarRepo
  private cached: { settings: CalendarSettings; calendar: BusinessCalendar; today: IsoDate } | null = null

  constructor(private readonly ctx: CoreContext) {
    this.repo = new CalendarRepo(ctx.db)
  }

  settings(): CalendarSettings {
    return this.current().settings
  }

  calendar(): BusinessCalendar {
    return this.current().calendar
  }

  /**
   * Where the shop stands today: the closure of the day and its state. Every screen, reminder
   * and printout takes its closure from here (shared/domain/timeline/lifecycle.ts).
   */
  lifecycle(today: IsoDate = this.ctx.today()): Lifecycle {
    const settings = this.settings()
    return closureLifecycle(settings.closures, today, this.calendar(), {
      followUpDays: settings.followUpDays,
    })
  }

  /** Days after reopening that belong to a closure (its reopening checks): the wizard keeps a run live as long. */
  followUpDays(): number {
    return followUpDaysOf({ followUpDays: this.settings().followUpDays })
  }

  /** What the window shows: the settings, today, and the closure of the day with its summary. */
  view(): CalendarView {
    const today = this.ctx.today()
    const cal = this.calendar()
    const lifecycle = this.lifecycle(today)
    const current = lifecycle.current?.closure ?? null
    return {
      settings: this.settings(),
      today,
      currentClosure: current,
      summary: current ? closureSummary(cal, current, today) : null,
      lifecycle,
    }
  }

  /** The first business day after a closure: when imports and mails start again. */
  reopening(closure: Closure): IsoDate {
    return this.calendar().firstShipDayAfter(closure)
  }

  saveSettings(input: CalendarSettingsInput): CalendarSettings {
    const next: CalendarSettings = {
      ...input,
      followUpDays: input.followUpDays ?? this.settings().followUpDays,
      weeklyOff: [...new Set(input.weeklyOff)].sort(),
      extraBusinessDays: [...new Set(input.extraBusinessDays)].sort(),
      extraNonBusinessDays: [...new Set(input.extraNonBusinessDays)].sort(),
      closures: this.repo.closures(),
    }
    const problems = validateCalendarSettings(next)
    if (problems.length > 0) refuse(problems)
    const { closures: _closures, ...stored } = next
    this.repo.saveSettings(stored)
    this.changed()
    return this.settings()
  }

  saveClosure(input: ClosureInput): Closure {
    const closure: Closure = {
      id: input.id ?? randomUUID(),
      name: input.name.trim(),
      start: input.start,
      end: input.end,
    }
    const all = this.repo.closures()
    if (input.id && !all.some((c) => c.id === input.id)) {
      throw appError('calendarClosureNotFound', {})
    }
    const others = all.filter((c) => c.id !== closure.id)
    const problems = validateClosure(closure, others)
    if (problems.length > 0) refuse(problems)
    this.repo.upsertClosure(closure, this.ctx.nowIso())
    this.changed()
    return closure
  }

  deleteClosure(id: string): void {
    if (!this.repo.deleteClosure(id)) {
      throw appError('calendarClosureNotFound', {})
    }
    this.changed()
  }

  private current() {
    const today = this.ctx.today()
    // Holidays of years after next are provisional relative to today: rebuild when the day turns.
    if (!this.cached || this.cached.today !== today) {
      const settings = this.repo.load()
      this.cached = { settings, calendar: createBusinessCalendar(settings, { today }), today }
    }
    return this.cached
  }

  private changed() {
    this.cached = null
    this.ctx.events.changed('calendar')
  }
}
