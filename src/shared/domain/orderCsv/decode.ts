import { errorText } from '@shared/errors'
import { OrderCsvError } from './errors'

/**
 * The bytes of an order CSV as text. Order systems write Shift_JIS (Excel's Japanese default)
 * or UTF-8, with or without a BOM. The platform's TextDecoder does both (WHATWG's shift_jis is
 * Windows-31J, with the ①, ㈱ and NEC/IBM characters such files carry): Node with full ICU and
 * Chromium have it built in, so no decoding library is shipped.
 */
export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'shift_jis'

export interface DecodedCsv {
  text: string
  encoding: CsvEncoding
}

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' }
  }
  // Valid UTF-8 is almost never valid by accident for Japanese Shift_JIS text, so it is tried first.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: strict('shift_jis', bytes), encoding: 'shift_jis' }
  }
}

function strict(encoding: 'utf-8' | 'shift_jis', bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    const loose = new TextDecoder(encoding).decode(bytes)
    const at = loose.indexOf('\uFFFD')
    const line = at < 0 ? null : lineOf(loose, at)
    const name = encoding === 'utf-8' ? 'UTF-8' : 'Shift_JIS'
    const text = line
      ? errorText('orderCsvUnreadableBytesOnLine', { line, encoding: name })
      : errorText('orderCsvUnreadableBytes', { encoding: name })
    throw new OrderCsvError('encoding', text, line)
  }
}

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
