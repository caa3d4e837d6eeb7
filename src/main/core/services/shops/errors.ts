/** The refusals every part of the shops area gives: a shop or credential that is not there. */
import { AppError } from '../../../../shared/errors'

export function err(code: string, ja: string, en: string, field?: string): AppError {
  return new AppError(code, { ja, en }, field)
}

export const shopNotFound = () =>
  err(
    'shop_not_found',
    'そのショップは見つかりません。ほかの画面で削除されたのかもしれません。画面を開き直してください。',
    'That shop was not found. It may have been deleted elsewhere; open the screen again.',
    'shopId',
  )

export const credentialNotFound = () =>
  err(
    'credential_not_found',
    'その認証情報は見つかりません。ほかの画面で削除されたのかもしれません。画面を開き直してください。',
    'That credential was not found. It may have been deleted elsewhere; open the screen again.',
    'id',
  )
