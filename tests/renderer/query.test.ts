import { describe, expect, it, vi } from 'vitest'
import type { AppEvent } from '@shared/ipc'

// window.api with answers the test releases one by one, in any order.
function fakeApi() {
  const pending: { resolve: (v: unknown) => void; input: unknown }[] = []
  let emit: (event: AppEvent) => void = () => undefined
  const ask = (input: unknown) => new Promise((resolve) => pending.push({ resolve, input }))
  const api = {
    calendar: { getCalendar: vi.fn(ask) },
    shops: { listShops: vi.fn(ask) },
    onEvent: vi.fn((listener: (event: AppEvent) => void) => {
      emit = listener
      return () => undefined
    }),
  }
  Object.assign(window, { api })
  const answer = (i: number, value: unknown) => pending[i]!.resolve({ ok: true, value })
  return { api, pending, answer, emit: (event: AppEvent) => emit(event) }
}

const tick = () => new Promise((r) => setTimeout(r, 0))

// A fresh query layer each time: it listens once per page, to the window.api it first meets.
async function queryLayer() {
  vi.resetModules()
  return import('@renderer/queries/query')
}

describe('queries', () => {
  it('keep only the newest answer, and a refresh settles once the newest is in', async () => {
    const { answer } = fakeApi()
    const { defineQuery } = await queryLayer()
    const q = defineQuery('getCalendar', () => ({}))
    const first = q.refresh()
    const second = q.refresh()
    let firstDone = false
    void first.then(() => (firstDone = true))
    answer(0, 'old')
    await tick()
    // The older answer is dropped, and its refresh waits for the newer one.
    expect(q.data.value).toBeNull()
    expect(firstDone).toBe(false)
    answer(1, 'new')
    await Promise.all([first, second])
    expect(q.data.value).toBe('new')
    expect(q.loading.value).toBe(false)
  })

  it('take what a write answered over an answer asked for before it', async () => {
    const { answer } = fakeApi()
    const { defineQuery } = await queryLayer()
    const q = defineQuery('getCalendar', () => ({}))
    const asked = q.refresh()
    q.set('written' as never)
    answer(0, 'before the write')
    await asked
    expect(q.data.value).toBe('written')
  })

  it('ask again when a topic they depend on changes, and only those asked for', async () => {
    const { api, answer, emit, pending } = fakeApi()
    const { defineQuery } = await queryLayer()
    const shops = defineQuery('listShops', () => ({}))
    defineQuery('getCalendar', () => ({})) // never asked for: stays quiet
    void shops.refresh()
    answer(0, 'one')
    await tick()
    emit({ type: 'changed', topics: ['wizard'] })
    expect(pending).toHaveLength(1)
    emit({ type: 'changed', topics: ['calendar'] })
    expect(api.shops.listShops).toHaveBeenCalledTimes(2)
    expect(api.calendar.getCalendar).not.toHaveBeenCalled()
    answer(1, 'two')
    await tick()
    expect(shops.data.value).toBe('two')
  })
})
