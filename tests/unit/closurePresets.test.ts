import { describe, expect, it } from 'vitest'
import { closurePreset, closurePresets } from '@shared/domain/closurePresets'

describe('closure presets', () => {
  it.each([
    // today, preset, first day, last day
    ['2026-12-01', 'newYear', '2026-12-29', '2027-01-03'],
    ['2026-12-29', 'newYear', '2026-12-29', '2027-01-03'],
    ['2027-01-02', 'newYear', '2026-12-29', '2027-01-03'], // under way: still the coming one
    ['2027-01-03', 'newYear', '2026-12-29', '2027-01-03'],
    ['2027-01-04', 'newYear', '2027-12-29', '2028-01-03'],
    ['2026-04-01', 'goldenWeek', '2026-05-03', '2026-05-06'], // 5/6 is 振替休日 in 2026
    ['2026-12-01', 'goldenWeek', '2027-05-03', '2027-05-05'],
    ['2026-05-07', 'goldenWeek', '2027-05-03', '2027-05-05'],
    ['2026-08-16', 'obon', '2026-08-13', '2026-08-16'],
    ['2026-08-17', 'obon', '2027-08-13', '2027-08-16'],
    ['2026-12-01', 'obon', '2027-08-13', '2027-08-16'],
  ] as const)('seen from %s, %s runs %s → %s', (today, id, start, end) => {
    expect(closurePreset(id, today)).toMatchObject({ id, start, end })
  })

  it('names each preset in both languages, in a fixed order', () => {
    expect(closurePresets('2026-12-01').map((p) => p.name)).toEqual([
      { ja: '年末年始', en: 'New Year' },
      { ja: 'GW', en: 'Golden Week' },
      { ja: 'お盆', en: 'Obon' },
    ])
  })

  it('refuses a day that is not a date', () => {
    expect(() => closurePreset('obon', '2027-02-29')).toThrow(RangeError)
  })
})
