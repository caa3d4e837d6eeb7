import { describe, expect, it } from 'vitest'
import { previewClosureDraft } from '@shared/domain/closureDraft'
import { defaultCalendarSettings, type CalendarSettings } from '@shared/domain/types'

const saved: CalendarSettings = {
  ...defaultCalendarSettings,
  closures: [{ id: 'ny', name: '年末年始', start: '2026-12-29', end: '2027-01-03' }],
}

describe('the preview of a closure being typed', () => {
  it('gives its length and its last and first ship days', () => {
    expect(
      previewClosureDraft(saved, { name: 'GW', start: '2027-05-01', end: '2027-05-05' }, '2026-12-02'),
    ).toEqual({
      lengthDays: 5,
      lastShipDay: '2027-04-30', // 4/29 昭和の日 is a holiday, 4/30 a Friday
      firstShipDay: '2027-05-06',
    })
  })

  it('replaces the closure it edits, so the old dates do not count', () => {
    // Shortened to end on 12/31: 1/1 and 1/2 are 元日 and a Saturday, 1/4 the first business day.
    const edited = previewClosureDraft(
      saved,
      { id: 'ny', name: '年末年始', start: '2026-12-29', end: '2026-12-31' },
      null,
    )
    expect(edited).toEqual({ lengthDays: 3, lastShipDay: '2026-12-28', firstShipDay: '2027-01-04' })
    // As a second closure beside the saved one, the saved dates still close the shop.
    const beside = previewClosureDraft(saved, { name: '臨時', start: '2027-01-04', end: '2027-01-04' }, null)
    expect(beside?.lastShipDay).toBe('2026-12-28')
  })

  it('is null until both dates read as dates in order', () => {
    for (const [start, end] of [
      ['', '2027-01-03'],
      ['2026-12-2', '2027-01-03'],
      ['2027-01-03', '2026-12-29'],
      ['2026-02-30', '2026-03-01'],
    ])
      expect(previewClosureDraft(saved, { name: 'x', start: start!, end: end! }, null)).toBeNull()
  })
})
