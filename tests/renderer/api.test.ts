import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, call, callEarly, discardEarly } from '@renderer/api'

// window.api as the preload would expose it: one method per channel, grouped by area,
// answering with a Result.
function fakeApi() {
  let n = 0
  const credentialUrgency = vi.fn(async () => ({ ok: true, value: { answer: ++n } }))
  const getCalendar = vi.fn(async () => ({
    ok: false,
    error: { code: 'db', message: { ja: '読めません', en: 'Cannot read' } },
  }))
  return {
    credentialUrgency,
    getCalendar,
    window: {
      shops: { credentialUrgency },
      calendar: { getCalendar },
      onEvent: vi.fn(() => () => undefined),
    },
  }
}

afterEach(() => discardEarly())

describe('calls asked for early', () => {
  it('hand the answer to the first call of the same channel and input, once', async () => {
    const api = fakeApi()
    Object.assign(window, { api: api.window })
    callEarly('credentialUrgency', {})
    expect(api.credentialUrgency).toHaveBeenCalledTimes(1)
    await expect(call('credentialUrgency', {})).resolves.toEqual({ answer: 1 })
    expect(api.credentialUrgency).toHaveBeenCalledTimes(1)
    // Taken: the next call asks again.
    await expect(call('credentialUrgency', {})).resolves.toEqual({ answer: 2 })
    expect(api.credentialUrgency).toHaveBeenCalledTimes(2)
  })

  it('give a refusal to the call that takes it, as if it had asked itself', async () => {
    const api = fakeApi()
    Object.assign(window, { api: api.window })
    callEarly('getCalendar', {})
    const error = await call('getCalendar', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).bilingual.ja).toBe('読めません')
    expect(api.getCalendar).toHaveBeenCalledTimes(1)
  })

  it('are dropped once the first screen is up: later calls never get an old answer', async () => {
    const api = fakeApi()
    Object.assign(window, { api: api.window })
    callEarly('credentialUrgency', {})
    discardEarly()
    await expect(call('credentialUrgency', {})).resolves.toEqual({ answer: 2 })
    expect(api.credentialUrgency).toHaveBeenCalledTimes(2)
  })
})

describe('calls by channel name', () => {
  it('reach the channel in its area of window.api', async () => {
    const api = fakeApi()
    Object.assign(window, { api: api.window })
    await expect(call('credentialUrgency', {})).resolves.toEqual({ answer: 1 })
    expect(api.credentialUrgency).toHaveBeenCalledWith({})
    expect(api.getCalendar).not.toHaveBeenCalled()
  })
})
