import { defineStore } from 'pinia'
import type { ChannelInput } from '@shared/ipc'
import { call } from '../api'
import { defineQuery } from '../queries/query'

/**
 * Shops and their credentials as main computed them (status, the plan's deadline and advice for
 * today and the closure of the day). Secret values are never kept here: revealSecret
 * hands one to the component that asked, and only for that click.
 */
export const useShopsStore = defineStore('shops', () => {
  const query = defineQuery('listShops', () => ({}))
  let overviewWanted = false

  function load(): Promise<void> {
    overviewWanted = true
    return query.refresh()
  }

  async function refresh() {
    if (overviewWanted) await load()
  }

  /** Runs a write, then reloads what is shown; errors (ApiError) go to the caller's form. */
  async function write<T>(run: () => Promise<T>): Promise<T> {
    const result = await run()
    await refresh()
    return result
  }

  return {
    overview: query.data,
    loadError: query.error,
    load,
    refresh,
    saveShop: (input: ChannelInput<'saveShop'>) => write(() => call('saveShop', input)),
    deleteShop: (id: string) => write(() => call('deleteShop', { id, confirm: true })),
    saveCredential: (input: ChannelInput<'saveCredential'>) => write(() => call('saveCredential', input)),
    renewCredential: (input: ChannelInput<'renewCredential'>) => write(() => call('renewCredential', input)),
    importCertificate: (input: ChannelInput<'importCertificate'>) =>
      write(() => call('importCertificate', input)),
    confirmDate: (input: ChannelInput<'confirmCredentialDate'>) =>
      write(() => call('confirmCredentialDate', input)),
    deleteCredential: (id: string) => write(() => call('deleteCredential', { id, confirm: true })),
    history: (id: string) => call('credentialHistory', { id }),
    /** The secret itself, for the caller only: not kept in the store. */
    reveal: async (id: string) => (await call('revealSecret', { id })).secret,
  }
})
