/**
 * The reminders area's limits, snooze options and settings check, in a file of their own so that
 * the renderer can use them without pulling the channel schemas (and zod) into its bundle.
 */
import { credentialKind, isCustomKind } from '../domain/malls'
import { isQuietTime } from '../domain/reminders/quietHours'
import { isTimeOfDay } from '../domain/timeOfDay'
import type { Bilingual } from '../domain/types'
import type { EditableReminderSettings } from './reminders'

export type SnoozeOption = '1h' | 'tomorrow' | '3d'
export const snoozeOptions: readonly SnoozeOption[] = ['1h', 'tomorrow', '3d']

export const MAX_THRESHOLDS = 10
export const MAX_THRESHOLD_DAYS = 365
export const MAX_WIZARD_LEAD_DAYS = 60

export interface SettingsProblem {
  /** 'notifyAt', 'quietHours', 'wizardLeadDays', 'customThresholds' or 'thresholdsByKind.<kind id>'. */
  field: string
  message: Bilingual
}

function kindLabel(kindId: string): Bilingual {
  const kind = credentialKind(kindId)
  return kind ? kind.name : { ja: kindId, en: kindId }
}

function thresholdProblem(list: unknown, field: string, name: Bilingual): SettingsProblem | null {
  const say = (ja: string, en: string): SettingsProblem => ({ field, message: { ja, en } })
  if (!Array.isArray(list)) return say(`${name.ja}の日数を入れてください。`, `Enter the days for ${name.en}.`)
  if (list.length > MAX_THRESHOLDS) {
    return say(
      `${name.ja}の通知日は${MAX_THRESHOLDS}個までにしてください。`,
      `Keep to ${MAX_THRESHOLDS} reminder days for ${name.en}.`,
    )
  }
  for (const n of list) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_THRESHOLD_DAYS) {
      return say(
        `${name.ja}の日数は 0〜${MAX_THRESHOLD_DAYS} の整数で入れてください(0 は期限の当日)。`,
        `Days for ${name.en} must be whole numbers from 0 to ${MAX_THRESHOLD_DAYS} (0 is the day itself).`,
      )
    }
  }
  if (new Set(list).size !== list.length) {
    return say(
      `${name.ja}に同じ日数が2回入っています。`,
      `The same number of days appears twice for ${name.en}.`,
    )
  }
  return null
}

/**
 * Every problem of a settings input, worded for a shop owner (the screen shows them next to the
 * fields before saving; main checks again and refuses with the first).
 */
export function reminderSettingsProblems(input: EditableReminderSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = []
  if (!isTimeOfDay(input.notifyAt)) {
    problems.push({
      field: 'notifyAt',
      message: {
        ja: '通知する時刻は 09:00 のように 時:分 で入れてください。',
        en: 'Enter the reminder time as hours:minutes, for example 09:00.',
      },
    })
  }
  const q = input.quietHours
  if (q !== null) {
    if (!isTimeOfDay(q.start) || !isTimeOfDay(q.end)) {
      problems.push({
        field: 'quietHours',
        message: {
          ja: '通知しない時間帯の始まりと終わりを 22:00 のように 時:分 で入れてください。',
          en: 'Enter the start and end of the quiet hours as hours:minutes, for example 22:00.',
        },
      })
    } else if (q.start === q.end) {
      problems.push({
        field: 'quietHours',
        message: {
          ja: '通知しない時間帯の始まりと終わりが同じ時刻です。',
          en: 'The quiet hours start and end at the same time.',
        },
      })
    } else if (isTimeOfDay(input.notifyAt) && isQuietTime(input.notifyAt, q)) {
      problems.push({
        field: 'quietHours',
        message: {
          ja: `通知する時刻(${input.notifyAt})が通知しない時間帯に入っています。お知らせは時間帯が終わる ${q.end} に出ます。`,
          en: `The reminder time (${input.notifyAt}) lies inside the quiet hours: reminders would wait until ${q.end}.`,
        },
      })
    }
  }
  if (
    !Number.isInteger(input.wizardLeadDays) ||
    input.wizardLeadDays < 1 ||
    input.wizardLeadDays > MAX_WIZARD_LEAD_DAYS
  ) {
    problems.push({
      field: 'wizardLeadDays',
      message: {
        ja: `休業準備のお知らせは、休業の 1〜${MAX_WIZARD_LEAD_DAYS} 日前の整数で入れてください。`,
        en: `The preparation reminder must come 1 to ${MAX_WIZARD_LEAD_DAYS} days (a whole number) before the closure.`,
      },
    })
  }
  for (const [kindId, list] of Object.entries(input.thresholdsByKind)) {
    if (!credentialKind(kindId) || isCustomKind(kindId)) {
      problems.push({
        field: `thresholdsByKind.${kindId}`,
        message: {
          ja: `「${kindId}」という種類の認証情報はありません。`,
          en: `There is no credential kind "${kindId}".`,
        },
      })
      continue
    }
    const p = thresholdProblem(list, `thresholdsByKind.${kindId}`, kindLabel(kindId))
    if (p) problems.push(p)
  }
  const custom = thresholdProblem(input.customThresholds, 'customThresholds', {
    ja: '独自に登録した認証情報',
    en: 'credentials you registered yourself',
  })
  if (custom) problems.push(custom)
  return problems
}
