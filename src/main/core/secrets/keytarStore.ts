import { AppError } from '../../../shared/errors'
import { keychainUnavailable, type SecretStore } from './SecretStore'

type Keytar = typeof import('keytar')

/**
 * The SecretStore over keytar (Keychain on macOS, Credential Manager on Windows, Secret
 * Service on Linux). keytar is loaded lazily so that a missing libsecret or D-Bus only
 * disables the secret features instead of stopping the app from starting.
 */
export function createKeytarStore(service: string, platform: string = process.platform): SecretStore {
  let loaded: Promise<Keytar> | null = null
  const load = (): Promise<Keytar> => {
    loaded ??= import('keytar').then((m) => ((m as { default?: Keytar }).default ?? m) as Keytar)
    return loaded
  }

  async function call<T>(op: (k: Keytar) => Promise<T>): Promise<T> {
    let keytar: Keytar
    try {
      keytar = await load()
    } catch (error) {
      loaded = null
      throw keychainUnavailable(platform, String(error))
    }
    try {
      return await op(keytar)
    } catch (error) {
      if (error instanceof AppError) throw error
      throw keychainUnavailable(platform, error instanceof Error ? error.message : String(error))
    }
  }

  return {
    backend:
      platform === 'darwin'
        ? 'macOS Keychain'
        : platform === 'win32'
          ? 'Windows Credential Manager'
          : 'Secret Service',
    get: (account) => call((k) => k.getPassword(service, account)),
    set: (account, secret) => call((k) => k.setPassword(service, account, secret)),
    delete: (account) => call((k) => k.deletePassword(service, account)),
    accounts: () => call(async (k) => (await k.findCredentials(service)).map((c) => c.account)),
    async check() {
      try {
        // A read of an account that never exists: cheap, and it fails the same way a real
        // operation would when the keychain is locked or missing.
        await call((k) => k.getPassword(service, '__holiday-prep-probe__'))
        return null
      } catch (error) {
        return error instanceof AppError ? error : keychainUnavailable(platform, String(error))
      }
    },
  }
}
