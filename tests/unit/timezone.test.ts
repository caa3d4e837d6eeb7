import { describe, expect, it } from 'vitest'

// Guards the guard: the unit-utc and unit-la projects really run in another zone.
describe('time zone of this run', () => {
  it('is the zone the project asked for', () => {
    const offset = new Date('2026-12-28T00:00:00Z').getTimezoneOffset()
    const expected: Record<string, number> = { 'Asia/Tokyo': -540, UTC: 0, 'America/Los_Angeles': 480 }
    expect(offset).toBe(expected[process.env.TZ ?? 'Asia/Tokyo'])
  })
})
