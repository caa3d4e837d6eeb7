import { describe, expect, it, vi } from 'vitest'
import { channelNames, ipcChannel } from '../../src/shared/ipc'

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
