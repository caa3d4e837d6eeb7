import type { z } from 'zod'
import { AppError } from '../../shared/errors'

/** Turns a schema failure into one message a shop owner can act on (first problem only). */
export function invalidInput(error: z.ZodError): AppError {
  const issue = error.issues[0]
  const path = issue?.path.map(String).join('.') ?? ''
  const where = path ? `(項目: ${path})` : ''
  const whereEn = path ? ` (field: ${path})` : ''
  let ja = '入力の形式が正しくありません'
  let en = 'The input is not in the expected form'
  switch (issue?.code) {
    case 'invalid_type':
      ja = issue.input === undefined ? '必要な項目が入力されていません' : '入力の種類が正しくありません'
      en = issue.input === undefined ? 'A required field is missing' : 'A field has the wrong type'
      break
    case 'unrecognized_keys':
      ja = `知らない項目が含まれています: ${issue.keys.slice(0, 3).join(', ')}`
      en = `Unknown fields: ${issue.keys.slice(0, 3).join(', ')}`
      break
    case 'too_big':
      // The limit is named, so nothing is refused without saying how long it may be.
      if (issue.origin === 'string') {
        ja = `${issue.maximum}文字までです`
        en = `At most ${issue.maximum} characters`
      } else {
        ja = '値が大きすぎるか、長すぎます'
        en = 'A value is too large or too long'
      }
      break
    case 'too_small':
      ja = '値が小さすぎるか、短すぎます(空欄かもしれません)'
      en = 'A value is too small or too short (perhaps empty)'
      break
    case 'invalid_format':
      ja = '書式が正しくありません'
      en = 'A value is not in the right format'
      break
    case 'invalid_value':
      ja = '選べない値が指定されています'
      en = 'A value is not one of the allowed choices'
      break
    case 'custom':
      if (issue.message === 'date') {
        ja = '存在する日付を YYYY-MM-DD の形で入力してください'
        en = 'Enter a date that exists, as YYYY-MM-DD'
      }
      break
  }
  return new AppError('invalid_input', { ja: ja + where, en: en + whereEn }, path || undefined)
}
