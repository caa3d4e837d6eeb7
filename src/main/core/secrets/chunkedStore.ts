import { createHash, randomBytes } from 'node:crypto'
import type { SecretStore } from './SecretStore'

/**
 * Windows Credential Manager keeps at most 2560 bytes per credential
 * (CRED_MAX_CREDENTIAL_BLOB_SIZE = 5 × 512), and keytar stores the UTF-8 bytes as they are.
 * An RSA-4096 private key PEM is ~3.2 KB, so it has to be split.
 */
export const WINDOWS_BLOB_LIMIT = 2560

// The head entry of a split secret starts with this marker (plain ASCII: libsecret stores C
// strings, so a NUL would cut the value). A secret that happens to start with it is stored
// split too, so reading is never ambiguous.
const MARK = '~hp-chunks/1:'
const HEAD = /^~hp-chunks\/1:([0-9a-f]{8}):(\d{1,4}):([0-9a-f]{16})\n/
const PART = /^(.+)#(\d{1,4})\.([0-9a-f]{8})$/
// Reserve room for the widest head line, so the first piece is sized before the count is known.
const HEAD_RESERVE = Buffer.byteLength(`${MARK}00000000:9999:0000000000000000\n`)
const MAX_PARTS = 9999

const digest = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16)
const partAccount = (account: string, index: number, gen: string) => `${account}#${index}.${gen}`

interface Head {
  gen: string
  count: number
  sum: string
  first: string
}

function parseHead(value: string): Head | null {
  const m = HEAD.exec(value)
  if (!m) return null
  return { gen: m[1]!, count: Number(m[2]), sum: m[3]!, first: value.slice(m[0].length) }
}

/** Splits on code points, so no piece ends inside a UTF-8 sequence or a surrogate pair. */
function split(secret: string, firstMax: number, restMax: number): string[] {
  const pieces: string[] = []
  let current = ''
  let bytes = 0
  for (const ch of secret) {
    const b = Buffer.byteLength(ch)
    const max = pieces.length === 0 ? firstMax : restMax
    if (bytes + b > max) {
      pieces.push(current)
      current = ''
      bytes = 0
    }
    current += ch
    bytes += b
  }
  pieces.push(current)
  return pieces
}

/**
 * A SecretStore over one whose entries hold at most `limitBytes`. A larger secret is kept as
 * `account` (a head with the count and a checksum, plus the first piece) and
 * `account#2.<gen>` … `account#N.<gen>`. The pieces are written before the head and the head
 * is deleted before the pieces, so a value is either whole or absent, whatever moment a crash
 * hits; the generation tag keeps an overwrite from mixing two versions. `accounts()` lists
 * only the names the caller used, and also the name of any leftover piece whose head is gone,
 * so the start-up repair of the shops service deletes those like any other orphan.
 */
export function chunkedSecretStore(inner: SecretStore, limitBytes: number): SecretStore {
  const fits = (s: string) => Buffer.byteLength(s) <= limitBytes && !s.startsWith(MARK)

  async function partsOf(account: string): Promise<string[]> {
    return (await inner.accounts()).filter((a) => PART.exec(a)?.[1] === account)
  }

  return {
    get backend() {
      return inner.backend
    },
    check: () => inner.check(),

    async get(account) {
      const value = await inner.get(account)
      if (value === null) return null
      const head = parseHead(value)
      if (!head) return value
      let secret = head.first
      for (let i = 2; i <= head.count; i++) {
        const piece = await inner.get(partAccount(account, i, head.gen))
        // Cannot happen with the write order above unless someone edited the keychain by
        // hand; the caller treats it like a missing value and asks for it again.
        if (piece === null) return null
        secret += piece
      }
      return digest(secret) === head.sum ? secret : null
    },

    async set(account, secret) {
      if (account.includes('#')) throw new Error(`secret account names may not contain '#': ${account}`)
      const before = await inner.get(account)
      const old = before === null ? null : parseHead(before)
      if (fits(secret)) {
        await inner.set(account, secret)
      } else {
        const pieces = split(secret, limitBytes - HEAD_RESERVE, limitBytes)
        if (pieces.length > MAX_PARTS) throw new Error('secret too large to split')
        const gen = randomBytes(4).toString('hex')
        for (let i = 1; i < pieces.length; i++) await inner.set(partAccount(account, i + 1, gen), pieces[i]!)
        const head = `${MARK}${gen}:${pieces.length}:${digest(secret)}\n`
        await inner.set(account, head + pieces[0])
      }
      // The previous version's pieces are unreachable now; a crash before this line leaves
      // them until the account is deleted, which removes every piece of it.
      if (old) for (let i = 2; i <= old.count; i++) await inner.delete(partAccount(account, i, old.gen))
    },

    async delete(account) {
      const existed = await inner.delete(account)
      // Listed rather than derived from the head: pieces whose head a crash never wrote, or
      // already deleted, go too.
      for (const part of await partsOf(account)) await inner.delete(part)
      return existed
    },

    async accounts() {
      const names = new Set<string>()
      for (const a of await inner.accounts()) names.add(PART.exec(a)?.[1] ?? a)
      return [...names]
    },
  }
}
