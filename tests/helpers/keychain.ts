import { randomBytes } from 'node:crypto'
import { createKeytarStore } from '@core/secrets/keytarStore'
import type { SecretStore } from '@core/secrets/SecretStore'

/**
 * The real OS keychain under a service name of its own, so a test never sees or touches the
 * app's secrets (on Linux the test command also runs in a private keyring). `cleanup`
 * deletes everything the test stored.
 */
export function testSecretStore(): SecretStore & { service: string; cleanup(): Promise<void> } {
  const service = `holiday-prep-test-${randomBytes(6).toString('hex')}`
  const store = createKeytarStore(service)
  return Object.assign(store, {
    service,
    async cleanup() {
      for (const account of await store.accounts()) await store.delete(account)
    },
  })
}
