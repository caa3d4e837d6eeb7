import type { shopsChannels } from '@shared/ipc/shops'
import type { AreaFactory } from './types'

export const shopsHandlers: AreaFactory<typeof shopsChannels> = (_ctx, { shops }) => ({
  listShops: () => shops.overview(),
  saveShop: (input) => shops.saveShop(input),
  deleteShop: ({ id }) => shops.deleteShop(id),
  saveCredential: (input) => shops.saveCredential(input),
  renewCredential: (input) => shops.renewCredential(input),
  confirmCredentialDate: (input) => shops.confirmDate(input),
  deleteCredential: async ({ id }) => {
    await shops.deleteCredential(id)
    return null
  },
  revealSecret: async ({ id }) => ({ secret: await shops.revealSecret(id) }),
  credentialHistory: ({ id }) => shops.history(id),
  importCertificate: (input) => shops.importCertificate(input),
  credentialUrgency: () => shops.urgency(),
})
