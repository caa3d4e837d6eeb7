import type { factsChannels } from '@shared/ipc/facts'
import type { AreaFactory } from './types'

export const factsHandlers: AreaFactory<typeof factsChannels> = (_ctx, { facts }) => ({
  getOrderSystem: () => facts.orderSystem(),
  setOrderSystem: ({ id }) => facts.setOrderSystem(id),
  listNotices: () => facts.listNotices(),
  dismissNotice: ({ id }) => facts.dismissNotice(id),
})
