import type { SecretStore } from '@core/secrets/SecretStore'

/**
 * The benchmark measures the app's own work; the OS keychain's D-Bus round trips are the
 * keychain's cost and would only add noise. Tests always use the real keychain.
 */
export function memorySecrets(): SecretStore {
  const map = new Map<string, string>()
  return {
    backend: 'memory (benchmark only)',
    get: async (a) => map.get(a) ?? null,
    set: async (a, s) => void map.set(a, s),
    delete: async (a) => map.delete(a),
    accounts: async () => [...map.keys()],
    check: async () => null,
  }
}
