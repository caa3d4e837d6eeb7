import { describe, expect, it } from 'vitest'
import { credentialKind, type SecretFieldSpec } from '@shared/domain/malls'
import { maskSecret, normalizeSecret } from '@shared/domain/secretInput'

function spec(kindId: string): SecretFieldSpec {
  const s = credentialKind(kindId)?.secret
  if (!s) throw new Error(`no secret for ${kindId}`)
  return s
}

const rakuten = spec('rakuten.licenseKey') // key, 16–256, [A-Za-z0-9_-]
const aupay = spec('aupay.apiKey') // key, printable ASCII
const ponpare = spec('ponpare.apiPassword') // password, 6–128
const yahooKey = spec('yahoo.certificate') // privateKey
const custom = spec('rakuten.custom') // password, optional

const KEY = 'SL123456_abcdEFGH5678' // 21 characters

const PEM_BODY = [
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
  'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
  'NMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ',
]

function pem(label = 'PRIVATE KEY', eol = '\n'): string {
  return [`-----BEGIN ${label}-----`, ...PEM_BODY, `-----END ${label}-----`].join(eol)
}

describe('normalizeSecret: accepted', () => {
  it.each([
    ['plain', rakuten, KEY, KEY],
    ['surrounding spaces and tabs', rakuten, `  \t${KEY} \n`, KEY],
    ['full-width space around', rakuten, `\u3000${KEY}\u3000`, KEY],
    ['BOM and zero-width at the ends', rakuten, `\uFEFF\u200B${KEY}\u200D\u2060`, KEY],
    ['CRLF after the key', rakuten, `${KEY}\r\n`, KEY],
    ['au PAY key with symbols', aupay, 'ab+cd/ef=gh.ij~kl-mn', 'ab+cd/ef=gh.ij~kl-mn'],
    ['password with an inner space', ponpare, ' pass word! ', 'pass word!'],
    ['custom: anything on one line', custom, ' メモ付き 値 ', 'メモ付き 値'],
    ['PEM with LF', yahooKey, pem(), pem()],
    ['PEM with CRLF → LF', yahooKey, pem('PRIVATE KEY', '\r\n') + '\r\n', pem()],
    [
      'RSA PEM, surrounded by blanks',
      yahooKey,
      `\n\n  ${pem('RSA PRIVATE KEY')}\n\n`,
      pem('RSA PRIVATE KEY'),
    ],
    ['EC PEM', yahooKey, pem('EC PRIVATE KEY'), pem('EC PRIVATE KEY')],
  ])('%s', (_name, s, raw, expected) => {
    expect(normalizeSecret(s, raw)).toEqual({ ok: true, value: expected })
  })
})

describe('normalizeSecret: refused', () => {
  it.each([
    ['empty', rakuten, '', 'empty', 'が空です'],
    ['only blanks', rakuten, ' \u3000\n\t\uFEFF', 'empty', 'が空です'],
    ['inner space with position', rakuten, 'SL123456_ab cdEFGH5678', 'whitespace', '(12文字目)'],
    ['inner full-width space', rakuten, 'SL123456\u3000abcdEFGH5678', 'whitespace', '(9文字目)'],
    ['inner line break', rakuten, 'SL123456_abcd\nEFGH5678', 'whitespace', '(14文字目)'],
    ['inner zero-width space', rakuten, 'SL12\u200B3456_abcdEFGH5678', 'whitespace', '(5文字目)'],
    ['line break in a password', ponpare, 'secret\npass', 'lineBreak', '(7文字目)'],
    ['too short', rakuten, 'L123456_abcdEFG', 'tooShort', '最初か最後'],
    ['too long', rakuten, 'A'.repeat(257), 'tooLong', '長すぎます'],
    ['full-width letters', rakuten, 'SL123456_ＡＢcdEFGH5678', 'fullWidth', '全角文字'],
    ['full-width digit first', rakuten, '１L123456_abcdEFGH5678', 'fullWidth', '(1文字目)'],
    ['kana in a password', ponpare, 'passワード', 'fullWidth', '(5文字目)'],
    ['disallowed ASCII', rakuten, 'SL123456+abcdEFGH5678', 'invalidChar', '(9文字目)'],
    ['short password', ponpare, 'abc', 'tooShort', '6文字以上'],
    [
      'not a PEM',
      yahooKey,
      'just some text that is long enough to pass the length check, really it is',
      'notPem',
      'BEGIN',
    ],
    ['PEM missing its END line', yahooKey, pem().split('\n').slice(0, -1).join('\n'), 'notPem', 'END'],
    [
      'PEM with mismatched labels',
      yahooKey,
      pem().replace('END PRIVATE KEY', 'END RSA PRIVATE KEY'),
      'notPem',
      'PRIVATE KEY',
    ],
    ['a certificate instead of the key', yahooKey, pem('CERTIFICATE'), 'certificateNotKey', '.crt'],
    ['PEM with a full-width char', yahooKey, pem().replace('MIIE', 'MＩIE'), 'fullWidth', '全角文字'],
    ['empty private key', yahooKey, '\r\n \n', 'empty', 'が空です'],
  ])('%s → %s', (_name, s, raw, code, jaFragment) => {
    const result = normalizeSecret(s, raw)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.code).toBe(code)
    expect(result.message.ja).toContain(jaFragment)
    expect(result.message.en.length).toBeGreaterThan(10)
  })

  it('says where the space is in English too', () => {
    const result = normalizeSecret(rakuten, 'SL123456_ab cdEFGH5678')
    expect(result.ok || result.message.en).toContain('character 12')
  })

  it('counts characters, not UTF-16 units', () => {
    const result = normalizeSecret(ponpare, '😀😀abc\u3042')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message.ja).toContain('(1文字目)')
    const tooShort = normalizeSecret(custom, '😀')
    expect(tooShort).toEqual({ ok: true, value: '😀' })
  })

  it('never repeats the secret in a message', () => {
    const result = normalizeSecret(rakuten, 'SECRETVALUE+abcdefgh')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message.ja).not.toContain('SECRETVALUE')
      expect(result.message.en).not.toContain('SECRETVALUE')
    }
  })
})

describe('maskSecret', () => {
  it.each([
    ['SL123456_abcdEFGH5678', '••••5678'],
    ['abcdefghijkl', '••••ijkl'], // exactly 12
    ['abcdefghijk', '••••••'], // 11: nothing shown
    ['short', '••••••'],
    ['', '••••••'],
    [pem(), '•••••• (PEM)'],
    [pem('RSA PRIVATE KEY'), '•••••• (PEM)'],
  ])('%s → %s', (secret, masked) => {
    expect(maskSecret(secret)).toBe(masked)
  })
})
