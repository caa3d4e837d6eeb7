import type { Bilingual } from '../types'

/** A file the check cannot read, with the line to look at when there is one. */
export class OrderCsvError extends Error {
  constructor(
    readonly code: 'encoding' | 'quotes' | 'fields' | 'empty' | 'noDateColumn' | 'cancelled',
    readonly text: Bilingual,
    readonly line: number | null = null,
  ) {
    super(text.en)
    this.name = 'OrderCsvError'
  }
}
