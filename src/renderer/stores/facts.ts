import { defineStore } from 'pinia'
import { ref } from 'vue'
import { call } from '../api'
import type { OrderSystemId } from '@shared/domain/orderSystems'
import type { AppNoticeView, OrderSystemSetting } from '@shared/ipc/facts'

// The shop's order system (it decides the wording of the preparation steps and which 楽天 key
// is offered first) and the notices the app shows once, such as estimates it corrected.
export const useFactsStore = defineStore('facts', () => {
  const orderSystem = ref<OrderSystemSetting | null>(null)
  const notices = ref<AppNoticeView[]>([])

  async function loadOrderSystem() {
    orderSystem.value = await call('getOrderSystem', {})
  }

  async function setOrderSystem(id: OrderSystemId) {
    orderSystem.value = await call('setOrderSystem', { id })
  }

  async function loadNotices() {
    notices.value = await call('listNotices', {})
  }

  async function dismissNotice(id: string) {
    notices.value = await call('dismissNotice', { id })
  }

  return { orderSystem, notices, loadOrderSystem, setOrderSystem, loadNotices, dismissNotice }
})
