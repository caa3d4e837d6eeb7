import { AppError } from '../../../shared/errors'

/**
 * The port every secret goes through. Accounts are stable credential ids; the values are
 * license keys, passwords and private keys, which live in the OS keychain and nowhere else.
 */
export interface SecretStore {
  readonly backend: string
  get(account: string): Promise<string | null>
  set(account: string, secret: string): Promise<void>
  delete(account: string): Promise<boolean>
  /** Every account this app holds (used to repair what a crash can leave behind). */
  accounts(): Promise<string[]>
  /** Null when usable, otherwise why not and how to fix it. */
  check(): Promise<AppError | null>
}

export function keychainUnavailable(platform: string, detail?: string): AppError {
  const how =
    platform === 'darwin'
      ? {
          ja: '「キーチェーンアクセス」でログインキーチェーンのロックを解除してから、もう一度お試しください。',
          en: 'Unlock the login keychain in Keychain Access, then try again.',
        }
      : platform === 'win32'
        ? {
            ja: 'Windows の「資格情報マネージャー」が使えるか確認してから、もう一度お試しください。',
            en: 'Check that Windows Credential Manager works, then try again.',
          }
        : {
            ja: 'GNOME キーリングなどの Secret Service(libsecret)を入れてログインし、キーリングのロックを解除してから、もう一度お試しください。',
            en: 'Install and unlock a Secret Service keyring (for example GNOME Keyring with libsecret), then try again.',
          }
  const err = new AppError('keychain_unavailable', {
    ja: `OS のキーチェーン(パスワード保管庫)が使えないため、秘密の値を保存・表示できません。平文で保存することはありません。${how.ja}`,
    en: `The OS keychain is not available, so secret values cannot be stored or shown. They are never saved as plain text instead. ${how.en}`,
  })
  if (detail) err.cause = detail
  return err
}
