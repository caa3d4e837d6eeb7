import { describe, expect, it, vi } from 'vitest'
import { type Api, areas, channelLayout, channelNames, ipcChannel } from '@shared/ipc'
import { createApiClient } from '@shared/ipc/client'

vi.mock('electron', () => ({}))
const { registerIpc } = await import('../../src/main/electron/ipc')

describe('IPC wiring', () => {
  it('registers every contract channel and refuses untrusted senders before dispatch', async () => {
    const handlers = new Map<string, (event: unknown, input: unknown) => unknown>()
    const ipcMain = {
      handle: (name: string, fn: (event: unknown, input: unknown) => unknown) => handlers.set(name, fn),
    }
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'fine' }))
    const trusted = { id: 'trusted' }
    registerIpc(ipcMain as never, dispatch, (event) => event === (trusted as never))

    expect([...handlers.keys()].sort()).toEqual(channelNames.map(ipcChannel).sort())
    const handler = handlers.get(ipcChannel('getSettings'))!
    expect(await handler({ id: 'stranger' }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(dispatch).not.toHaveBeenCalled()
    expect(await handler(trusted, {})).toEqual({ ok: true, value: 'fine' })
    expect(dispatch).toHaveBeenCalledWith('getSettings', {})
  })
})

describe('channel names the compiler checks', () => {
  it('refuses a channel that is not in the contract (npm run typecheck fails without the error)', () => {
    // @ts-expect-error 'getSetings' is not a channel of the contract
    expect(ipcChannel('getSetings')).toBe('hp:getSetings')
  })
})

describe('the client built from the contract', () => {
  it('names every channel once, in its area (flat names stay unique on the wire)', () => {
    const laidOut = Object.values(channelLayout).flat()
    expect(laidOut.sort()).toEqual([...channelNames].sort())
    expect(Object.keys(channelLayout)).toEqual(Object.keys(areas))
  })

  it('groups the methods by area and sends the flat channel name through the transport', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: 'saved' }))
    const unsubscribe = vi.fn()
    const subscribe = vi.fn(() => unsubscribe)
    const api = createApiClient<Api>(channelLayout, { invoke, subscribe })
    const input = { name: 'A', malls: [] } as never
    expect(await api.shops.saveShop(input)).toEqual({ ok: true, value: 'saved' })
    expect(invoke).toHaveBeenCalledWith('saveShop', input)
    expect('saveShop' in api).toBe(false)
    const listener = () => undefined
    expect(api.onEvent(listener)).toBe(unsubscribe)
    expect(subscribe).toHaveBeenCalledWith(listener)
    expect(Object.isFrozen(api) && Object.isFrozen(api.shops)).toBe(true)
  })
})

describe('areas, the one list a channel is registered in', () => {
  it('gives every channel one flat name: no two areas share a name', () => {
    const all = Object.values(areas).flatMap((channels) => Object.keys(channels))
    expect(all.length).toBeGreaterThan(40)
    expect(new Set(all).size).toBe(all.length)
    expect([...channelNames].sort()).toEqual([...all].sort())
  })
})
