import { AppError } from '@shared/errors'
import { chunkedSecretStore, WINDOWS_BLOB_LIMIT } from './chunkedStore'
import { keychainUnavailable, type SecretStore } from './SecretStore'

type Keytar = typeof import('keytar')

export interface KeytarStoreOptions {
  /**
   * Largest entry the keychain takes, in UTF-8 bytes. Windows: 2560; macOS Keychain and the
   * Secret Service have no limit a secret of ours reaches. Tests pass 2560 to run the
   * Windows behaviour on any platform.
   */
  blobLimitBytes?: number
}

/**
 * The SecretStore the app uses: keytar with secrets larger than one keychain entry split
 * across several (see chunkedStore.ts).
 */
export function createKeytarStore(
  service: string,
  platform: string = process.platform,
  options: KeytarStoreOptions = {},
): SecretStore {
  const limit = options.blobLimitBytes ?? (platform === 'win32' ? WINDOWS_BLOB_LIMIT : Infinity)
  return chunkedSecretStore(createKeytarBackend(service, platform, limit), limit)
}

/**
 * One keychain entry per account over keytar (Keychain on macOS, Credential Manager on Windows, Secret
 * Service on Linux). keytar is loaded lazily so that a missing libsecret or D-Bus only
 * disables the secret features instead of stopping the app from starting.
 */
export function createKeytarBackend(
  service: string,
  platform: string = process.platform,
  blobLimitBytes: number = Infinity,
): SecretStore {
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
    set: (account, secret) => {
      // Refused here with a plain reason: past the limit Windows answers with an opaque
      // error that would read as "keychain unavailable".
      if (Buffer.byteLength(secret) > blobLimitBytes) {
        return Promise.reject(
          new Error(
            `secret of ${Buffer.byteLength(secret)} bytes exceeds the keychain entry limit of ${blobLimitBytes}`,
          ),
        )
      }
      return call((k) => k.setPassword(service, account, secret))
    },
    delete: (account) => call((k) => k.deletePassword(service, account)),
    accounts: () =>
      call(async (k) => {
        const found = (await k.findCredentials(service)).map((c) => c.account)
        if (platform !== 'win32') return found
        // On Windows keytar enumerates the target names `${service}*`, so 'holiday-prep' also
        // lists the accounts of 'holiday-prep-web-…' and the test services; keep only ours.
        const ours: string[] = []
        for (const account of found) if ((await k.getPassword(service, account)) !== null) ours.push(account)
        return ours
      }),
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
