import { describe, expect, it, vi } from 'vitest'
import type { AppEvent } from '@shared/ipc'

// window.api with answers the test releases one by one, in any order.
function fakeApi() {
  const pending: { resolve: (v: unknown) => void; input: unknown }[] = []
  let emit: (event: AppEvent) => void = () => undefined
  const ask = (input: unknown) => new Promise((resolve) => pending.push({ resolve, input }))
  const api = {
    calendar: { getCalendar: vi.fn(ask), saveCalendarSettings: vi.fn(ask) },
    shops: { listShops: vi.fn(ask), saveShop: vi.fn(ask) },
    onEvent: vi.fn((listener: (event: AppEvent) => void) => {
      emit = listener
      return () => undefined
    }),
  }
  Object.assign(window, { api })
  const answer = (i: number, value: unknown) => pending[i]!.resolve({ ok: true, value })
  const refuse = (i: number) =>
    pending[i]!.resolve({
      ok: false,
      error: { code: 'internal', message: { ja: '読めません', en: 'Cannot read' } },
    })
  return { api, pending, answer, refuse, emit: (event: AppEvent) => emit(event) }
}

const tick = () => new Promise((r) => setTimeout(r, 0))

// A fresh query layer each time: it listens once per page, to the window.api it first meets.
async function queryLayer() {
  vi.resetModules()
  const [query, mutation, api] = await Promise.all([
    import('@renderer/queries/query'),
    import('@renderer/queries/mutation'),
    import('@renderer/api'),
  ])
  return { ...query, ...mutation, ApiError: api.ApiError }
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

  it('ask only once for a prefetched answer: the first refresh takes it, the next asks again', async () => {
    const { api, answer } = fakeApi()
    const { defineQuery } = await queryLayer()
    const q = defineQuery('getCalendar', () => ({}))
    void q.prefetch()
    const first = q.refresh()
    expect(api.calendar.getCalendar).toHaveBeenCalledTimes(1)
    answer(0, 'early')
    await first
    expect(q.data.value).toBe('early')
    void q.refresh()
    expect(api.calendar.getCalendar).toHaveBeenCalledTimes(2)
  })

  it('give a prefetched refusal to the refresh that takes it, as if it had asked itself', async () => {
    const { api, refuse } = fakeApi()
    const { defineQuery, ApiError } = await queryLayer()
    const q = defineQuery('getCalendar', () => ({}))
    void q.prefetch()
    refuse(0)
    await q.refresh()
    expect(q.error.value).toBeInstanceOf(ApiError)
    expect((q.error.value as InstanceType<typeof ApiError>).bilingual.ja).toBe('読めません')
    expect(api.calendar.getCalendar).toHaveBeenCalledTimes(1)
  })

  it('let a prefetched answer go once the first screen is up: a later refresh asks again', async () => {
    const { api, answer } = fakeApi()
    const { defineQuery, endPrefetch } = await queryLayer()
    const q = defineQuery('getCalendar', () => ({}))
    void q.prefetch()
    answer(0, 'early')
    endPrefetch()
    const later = q.refresh()
    expect(api.calendar.getCalendar).toHaveBeenCalledTimes(2)
    answer(1, 'later')
    await later
    expect(q.data.value).toBe('later')
  })

  it('ask again for a prefetched query when its topic changes, and hand the newer answer to the screen', async () => {
    const { api, answer, emit } = fakeApi()
    const { defineQuery } = await queryLayer()
    const q = defineQuery('getCalendar', () => ({}))
    void q.prefetch()
    emit({ type: 'changed', topics: ['calendar'] })
    expect(api.calendar.getCalendar).toHaveBeenCalledTimes(2)
    const first = q.refresh()
    expect(api.calendar.getCalendar).toHaveBeenCalledTimes(2)
    answer(0, 'before the change')
    answer(1, 'after the change')
    await first
    expect(q.data.value).toBe('after the change')
  })
})

describe('mutations', () => {
  it('show the answer in the query it answers, over an answer asked for before the write', async () => {
    const { answer } = fakeApi()
    const { defineQuery, defineMutation } = await queryLayer()
    const q = defineQuery('getCalendar', () => ({}))
    const save = defineMutation('saveCalendarSettings', { answers: q as never })
    const asked = q.refresh()
    const saved = save({} as never)
    answer(1, 'written')
    await expect(saved).resolves.toBe('written')
    answer(0, 'before the write')
    await asked
    expect(q.data.value).toBe('written')
  })

  it('settle only once what they make stale has been asked again and is in', async () => {
    const { api, answer } = fakeApi()
    const { defineQuery, defineMutation } = await queryLayer()
    const shops = defineQuery('listShops', () => ({}))
    const save = defineMutation('saveShop', { refreshes: [shops] })
    let settled = false
    const saved = save({} as never).then((v) => {
      settled = true
      return v
    })
    answer(0, { id: 'new shop' })
    await tick()
    expect(api.shops.listShops).toHaveBeenCalledTimes(1)
    expect(settled).toBe(false)
    answer(1, 'with the new shop')
    await expect(saved).resolves.toEqual({ id: 'new shop' })
    expect(shops.data.value).toBe('with the new shop')
  })

  it('hand a refusal to the caller and leave the queries as they were', async () => {
    const { api, refuse } = fakeApi()
    const { defineQuery, defineMutation, ApiError } = await queryLayer()
    const shops = defineQuery('listShops', () => ({}))
    shops.set('as it was' as never)
    const save = defineMutation('saveShop', { answers: shops as never, refreshes: [shops] })
    const saved = save({} as never)
    refuse(0)
    await expect(saved).rejects.toBeInstanceOf(ApiError)
    expect(shops.data.value).toBe('as it was')
    expect(api.shops.listShops).not.toHaveBeenCalled()
  })
})
