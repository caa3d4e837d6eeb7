import { appError, errorText, type AppError } from '@shared/errors'

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
  const how = errorText(
    platform === 'darwin'
      ? 'keychainHowDarwin'
      : platform === 'win32'
        ? 'keychainHowWindows'
        : 'keychainHowLinux',
    {},
  )
  const err = appError('keychainUnavailable', { how })
  if (detail) err.cause = detail
  return err
}
