import { defineStore } from 'pinia'
import { call } from '../api'
import { defineMutation } from '../queries/mutation'
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

  // A write reloads the overview once a screen has shown it (the first-run setup writes first);
  // errors (ApiError) go to the caller's form.
  const shown = { refreshes: [{ refresh }] }
  const removeShop = defineMutation('deleteShop', shown)
  const removeCredential = defineMutation('deleteCredential', shown)

  return {
    overview: query.data,
    loadError: query.error,
    load,
    saveShop: defineMutation('saveShop', shown),
    deleteShop: (id: string) => removeShop({ id, confirm: true }),
    saveCredential: defineMutation('saveCredential', shown),
    renewCredential: defineMutation('renewCredential', shown),
    importCertificate: defineMutation('importCertificate', shown),
    confirmDate: defineMutation('confirmCredentialDate', shown),
    deleteCredential: (id: string) => removeCredential({ id, confirm: true }),
    history: (id: string) => call('credentialHistory', { id }),
    /** The secret itself, for the caller only: not kept in the store. */
    reveal: async (id: string) => (await call('revealSecret', { id })).secret,
  }
})
