import { describe, expect, it, vi } from 'vitest'
import { call } from '@renderer/api'

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

describe('calls by channel name', () => {
  it('reach the channel in its area of window.api', async () => {
    const api = fakeApi()
    Object.assign(window, { api: api.window })
    await expect(call('credentialUrgency', {})).resolves.toEqual({ answer: 1 })
    expect(api.credentialUrgency).toHaveBeenCalledWith({})
    expect(api.getCalendar).not.toHaveBeenCalled()
  })
})
