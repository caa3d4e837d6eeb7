import type { IsoDate } from '../types'
import { CREDENTIAL_EXPIRY_PREFIX } from './members'
import type { FiredEntry } from './types'

/** What the fired log says about each reminder a plan can ask about. */

const COLON = 58
const PREFIX_CODES = Array.from(CREDENTIAL_EXPIRY_PREFIX, (c) => c.charCodeAt(0))

// The log is read with charCodeAt: startsWith and lastIndexOf cost several times more per call,
// and they are called for each of 50,000 rows.
function isCredentialExpiryId(id: string): boolean {
  for (let k = 0; k < PREFIX_CODES.length; k++) if (id.charCodeAt(k) !== PREFIX_CODES[k]) return false
  return true
}

/** Compares the 'YYYY-MM-DD' at `at` in `text` with `date`, without cutting a string out. */
function compareDateAt(text: string, at: number, date: IsoDate): number {
  for (let k = 0; k < 10; k++) {
    const d = text.charCodeAt(at + k) - date.charCodeAt(k)
    if (d !== 0) return d
  }
  return 0
}

/**
 * The fired log by reminder id, reduced to the rows a plan can ask about. A log grows by
 * every threshold of every credential ever renewed; most of its rows are about expiry dates
 * long past (never planned again) and are skipped after a glance at their date, instead of
 * being hashed into the map. Kept: credential expiries from `from` to `to` (the expiry dates
 * whose thresholds can have come by now), and every row of another kind.
 *
 * For each reminder only its latest entry counts, except that dismissed and superseded are
 * final: nothing the scheduler writes later may bring such a reminder back.
 */
export function indexFiredLog(log: FiredEntry[], from: IsoDate, to: IsoDate): Map<string, FiredEntry> {
  const index = new Map<string, FiredEntry>()
  for (const entry of log) {
    const id = entry.reminderId
    if (isCredentialExpiryId(id)) {
      let at = id.length - 1
      while (at > 0 && id.charCodeAt(at) !== COLON) at--
      at -= 10
      if (compareDateAt(id, at, from) < 0 || compareDateAt(id, at, to) > 0) continue
    }
    const prev = index.get(id)
    if (prev !== undefined && (prev.state === 'dismissed' || prev.state === 'superseded')) continue
    index.set(id, entry)
  }
  return index
}
