import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { OrderSystemId } from '@shared/domain/orderSystems'
import { defineMutation } from '../queries/mutation'
import { defineQuery, refreshOrThrow } from '../queries/query'

// The shop's order system (it decides the wording of the preparation steps and which 楽天 key
// is offered first) and the notices the app shows once, such as estimates it corrected.
export const useFactsStore = defineStore('facts', () => {
  const orderSystem = defineQuery('getOrderSystem', () => ({}))
  const notices = defineQuery('listNotices', () => ({}))

  const setOrderSystem = defineMutation('setOrderSystem', { answers: orderSystem })
  const dismissNotice = defineMutation('dismissNotice', { answers: notices })

  return {
    orderSystem: orderSystem.data,
    notices: computed(() => notices.data.value ?? []),
    loadOrderSystem: () => refreshOrThrow(orderSystem),
    setOrderSystem: (id: OrderSystemId) => setOrderSystem({ id }),
    loadNotices: () => refreshOrThrow(notices),
    dismissNotice: (id: string) => dismissNotice({ id }),
  }
})
