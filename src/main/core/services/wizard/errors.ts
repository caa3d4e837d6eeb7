/** The wizard's refusals about runs and closures. */
import { AppError } from '../../../../shared/errors'

export function err(code: string, ja: string, en: string, field?: string): AppError {
  return new AppError(code, { ja, en }, field)
}

export const runNotFound = () =>
  err(
    'run_not_found',
    'この休業の準備の記録が見つかりません。画面を開き直してください。',
    'This preparation record was not found. Open the screen again.',
    'runId',
  )

export const closureNotFound = () =>
  err(
    'closure_not_found',
    'その休業期間は見つかりません。営業カレンダーで削除されたのかもしれません。',
    'That closure was not found. It may have been deleted in the business calendar.',
    'closureId',
  )

export const runClosed = () =>
  err(
    'run_closed',
    'この休業の準備はもう終わっていて、記録は変更できません(見ることはできます)。',
    'The preparation for this closure is over; its record can be read but no longer changed.',
    'runId',
  )
