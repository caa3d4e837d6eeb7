import { addDays } from '../isoDate'
import type { Bilingual, BusinessDayQueries, Closure, IsoDate } from '../types'

/**
 * The four moments of one closure at which the preparation wizard asks for work.
 * The order of `wizardPhases` is the order of the run.
 */
export type WizardPhase = 'monthBefore' | 'weekBefore' | 'lastBusinessDay' | 'afterReopening'

export const wizardPhases: readonly WizardPhase[] = [
  'monthBefore',
  'weekBefore',
  'lastBusinessDay',
  'afterReopening',
]

export const phaseNames: Readonly<Record<WizardPhase, Bilingual>> = {
  monthBefore: { ja: '約1か月前', en: 'About a month before' },
  weekBefore: { ja: '1週間前', en: 'The week before' },
  lastBusinessDay: { ja: '最終営業日', en: 'Last business day' },
  afterReopening: { ja: '営業再開日', en: 'First day back' },
}

/** The day each phase opens. */
export interface PhaseDates {
  monthBefore: IsoDate
  weekBefore: IsoDate
  lastBusinessDay: IsoDate
  afterReopening: IsoDate
}

export interface PhaseDateOptions {
  /** Days before closure.start at which 'weekBefore' opens. Default 7. */
  weekBeforeDays?: number
  /** Days before closure.start at which 'monthBefore' opens. Default 30. */
  monthBeforeDays?: number
}

/**
 * monthBefore = closure.start − 30 days, weekBefore = closure.start − 7 days,
 * lastBusinessDay = the last business day before closure.start,
 * afterReopening = the first business day after closure.end (weekends and holidays right after
 * the closure push it further).
 */
export function phaseDates(
  closure: Closure,
  cal: BusinessDayQueries,
  options: PhaseDateOptions = {},
): PhaseDates {
  const weekBeforeDays = options.weekBeforeDays ?? 7
  const monthBeforeDays = options.monthBeforeDays ?? 30
  return {
    monthBefore: addDays(closure.start, -monthBeforeDays),
    weekBefore: addDays(closure.start, -weekBeforeDays),
    lastBusinessDay: cal.prevBusinessDay(closure.start),
    afterReopening: cal.nextBusinessDay(closure.end),
  }
}

/**
 * The latest phase (in run order) whose opening date is on or before `today`; null before
 * monthBefore opens. During the closure itself this stays 'lastBusinessDay' until reopening.
 */
export function currentPhase(today: IsoDate, dates: PhaseDates): WizardPhase | null {
  let found: WizardPhase | null = null
  for (const phase of wizardPhases) {
    if (dates[phase] <= today) found = phase
  }
  return found
}
