import { formatDate } from '@shared/domain/dateFormat'
import { phaseNames, type WizardPhase } from '@shared/domain/wizard/phases'
import type { IsoDate } from '@shared/domain/types'
import { ApiError } from '@renderer/api'
import { pick, useI18n } from '@renderer/i18n'

// Built once: the printed checklist reads an instant per step.
const japanTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
})

/** Dates, phases and errors of the wizard screens in the current language. */
export function useWizardFormat() {
  const { t, locale } = useI18n()

  /** '12/28(月)' / 'Mon 12/28' */
  const shortDate = (date: IsoDate) => formatDate(date, locale.value, 'short')

  /** '2026/12/28(月)' / 'Mon 2026/12/28' */
  const fullDate = (date: IsoDate) => formatDate(date, locale.value, 'full')

  /** An ISO instant as a Japan date and time: '12/21(月) 10:05'. */
  const instant = (iso: string) => {
    const d = new Date(iso)
    if (Number.isNaN(d.getTime())) return iso
    const parts = japanTime.formatToParts(d)
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
    return `${shortDate(`${get('year')}-${get('month')}-${get('day')}`)} ${get('hour')}:${get('minute')}`
  }

  const phaseName = (phase: WizardPhase) => pick(phaseNames[phase], locale.value)

  const errorText = (error: unknown): string =>
    error instanceof ApiError ? pick(error.bilingual, locale.value) : t('wizard.errors.unexpected')

  return { t, locale, shortDate, fullDate, instant, phaseName, errorText }
}
