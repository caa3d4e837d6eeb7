import { describe, expect, it } from 'vitest'
import { deferredPaymentAppProfiles, deferredPaymentFacts } from '@shared/domain/deferredPaymentApps'
import { allFacts, externalLinkHosts } from '@shared/domain/facts'
import { allCredentialKinds, mallProfiles } from '@shared/domain/malls'
import {
  FACTS_CHECKED_ON,
  factSource,
  factSources,
  sourceRefProblems,
  sourcesOf,
  type SourceRef,
} from '@shared/domain/malls/sources'
import { orderSystemProfiles } from '@shared/domain/orderSystems'

// Every lifetime, limit and renewal path of the profiles names its sources or says 'unsourced'.
// The profiles are walked field by field here, independently of allFacts(), so that a fact the
// collector forgot still fails.
type Claim = [where: string, source: SourceRef | undefined]

function profileClaims(): Claim[] {
  const out: Claim[] = []
  for (const k of allCredentialKinds()) {
    out.push([`${k.id}.lifetimeSource`, k.lifetimeSource], [`${k.id}.renewalSource`, k.renewalSource])
    k.pitfalls.forEach((p, i) => out.push([`${k.id}.pitfalls[${i}]`, p.source]))
    if (k.advanceNotice) out.push([`${k.id}.advanceNotice`, k.advanceNotice.source])
    if (k.legacy) out.push([`${k.id}.legacy`, k.legacy.source])
  }
  for (const p of mallProfiles) {
    if (p.holidayCalendar) out.push([`${p.id}.holidayCalendar`, p.holidayCalendar.source])
    p.notes.forEach((n, i) => out.push([`${p.id}.notes[${i}]`, n.source]))
  }
  for (const o of orderSystemProfiles) {
    for (const [name, term] of Object.entries(o.terms)) {
      if (!term) continue
      if ('stop' in term)
        out.push([`${o.id}.${name}.stop`, term.stop.source], [`${o.id}.${name}.start`, term.start.source])
      else out.push([`${o.id}.${name}`, term.source])
    }
    if (o.expiryWarning) out.push([`${o.id}.expiryWarning`, o.expiryWarning.source])
    if (o.rakutenKey) out.push([`${o.id}.rakutenKey`, o.rakutenKey.source])
    o.notes.forEach((n, i) => out.push([`${o.id}.notes[${i}]`, n.source]))
  }
  deferredPaymentAppProfiles.forEach((a) => out.push([`deferredPayment.${a.id}`, a.source]))
  deferredPaymentFacts.forEach((f, i) => out.push([`deferredPaymentFacts[${i}]`, f.source]))
  return out
}

describe('fact sources', () => {
  it('has unique ids, a title, a publisher in both languages and the check date', () => {
    const ids = factSources.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const s of factSources) {
      expect(s.title.trim(), s.id).not.toBe('')
      expect(s.publisher.ja.trim(), s.id).not.toBe('')
      expect(s.publisher.en.trim(), s.id).not.toBe('')
      expect(s.checkedOn, s.id).toBe(FACTS_CHECKED_ON)
      if (s.url !== null) expect(() => new URL(s.url!), s.id).not.toThrow()
    }
    expect(FACTS_CHECKED_ON).toBe('2026-12')
  })

  it.each(profileClaims())('%s names known sources or says unsourced', (_where, source) => {
    expect(sourceRefProblems(source)).toEqual([])
  })

  it('fails a fact without a source, with an empty list or with an unknown id', () => {
    expect(sourceRefProblems(undefined)).toEqual(['no source'])
    expect(sourceRefProblems([])).toEqual(['empty source list (write unsourced)'])
    expect(sourceRefProblems(['nope'])).toEqual(['unknown source nope'])
    expect(sourceRefProblems('unsourced')).toEqual([])
    expect(sourcesOf(['ne-10681', 'nope']).map((s) => s.id)).toEqual(['ne-10681'])
  })

  it('every source is cited by at least one fact', () => {
    const cited = new Set(allFacts().flatMap((f) => (f.source === 'unsourced' ? [] : f.source)))
    for (const s of factSources) expect(cited.has(s.id), s.id).toBe(true)
  })

  // The facts of the 2026-12 check, each with the source domain.md names for it.
  it.each([
    ['rakuten.licenseKey:lifetime', 'ne-20948'],
    ['rakuten.webApiKey:lifetime', 'goq-659'],
    ['rakuten.sftpPassword:limit:0', 'crossmall-16820614918425'],
    ['yahoo.authorization:lifetime', 'yahoo-dev-shoppingHelp'],
    ['yahoo.certificate:legacy', 'sokuhan-news-20230615'],
    ['yahoo.publicKey:notice', 'ne-10681'],
    ['amazon.spApi:lifetime', 'amazon-renewAuthorizations'],
    ['amazon.lwaClientSecret:lifetime', 'amazon-changelog-2023-02'],
    ['amazon:holidayCalendar', 'amazon-holidayHelp'],
    ['aupay.apiKey:lifetime', 'aupay-thirdParty'],
    ['qoo10.sellerAuthKey:lifetime', 'stockcrew-qoo10'],
    ['base:holidayCalendar', 'base-help'],
    ['general:holidays', 'nao-rekiyoko-2027'],
  ])('%s cites %s', (factId, sourceId) => {
    const fact = allFacts().find((f) => f.id === factId)
    expect(fact, factId).toBeDefined()
    expect(fact!.source).toContain(sourceId)
  })

  it('marks the third-party-only facts as such', () => {
    for (const id of ['aupay.apiKey:lifetime', 'qoo10.sellerAuthKey:lifetime']) {
      const fact = allFacts().find((f) => f.id === id)!
      const kinds = sourcesOf(fact.source).map((s) => s.kind)
      expect(kinds.length).toBeGreaterThan(0)
      expect(
        kinds.every((k) => k === 'thirdParty'),
        id,
      ).toBe(true)
    }
  })

  it('lists ponpare as unconfirmed without a source, not as a guess', () => {
    const notes = allFacts().filter((f) => f.group.id === 'ponpare' && f.topic === 'note')
    expect(notes).toHaveLength(1)
    expect(notes[0]!.source).toBe('unsourced')
    expect(notes[0]!.text.ja).toContain('確認できていません')
  })
})

describe('allFacts', () => {
  const facts = allFacts()

  it('has unique ids and texts in both languages', () => {
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length)
    for (const f of facts) {
      expect(f.text.ja.trim(), f.id).not.toBe('')
      expect(f.text.en.trim(), f.id).not.toBe('')
      expect(sourceRefProblems(f.source), f.id).toEqual([])
    }
  })

  it('holds a lifetime and a renewal path for every kind of every mall', () => {
    for (const k of allCredentialKinds().filter((k) => !k.id.endsWith('.custom'))) {
      expect(
        facts.some((f) => f.id === `${k.id}:lifetime`),
        k.id,
      ).toBe(true)
      expect(
        facts.some((f) => f.id === `${k.id}:renewal`),
        k.id,
      ).toBe(true)
      expect(facts.filter((f) => f.id.startsWith(`${k.id}:limit:`))).toHaveLength(k.pitfalls.length)
    }
  })

  it('says so for every order-system detail its documentation does not give', () => {
    const cm = facts.filter((f) => f.group.id === 'crossMall')
    expect(cm.find((f) => f.id === 'crossMall:term:apiSettings')!.source).not.toBe('unsourced')
    const unknown = cm.filter((f) => f.source === 'unsourced').map((f) => f.id)
    expect(unknown).toEqual(
      expect.arrayContaining([
        'crossMall:term:nonBusinessDays',
        'crossMall:term:freeMail',
        'crossMall:expiryWarning',
      ]),
    )
    for (const f of facts.filter((f) => f.group.id === 'tatempo' || f.group.id === 'sukeneko'))
      expect(f.source, f.id).toBe('unsourced')
  })
})

describe('externalLinkHosts', () => {
  it('holds every mall console host and every https source host, and nothing else but the holiday list', () => {
    const expected = new Set([
      ...mallProfiles.flatMap((p) => p.linkHosts),
      ...factSources.filter((s) => s.url?.startsWith('https:')).map((s) => new URL(s.url!).hostname),
      'www8.cao.go.jp',
    ])
    expect(new Set(externalLinkHosts)).toEqual(expected)
    // The hosts of the allow-list before it derived from the data are all still there.
    for (const h of [
      'rms.rakuten.co.jp',
      'pro.store.yahoo.co.jp',
      'sellercentral.amazon.co.jp',
      'wowma.jp',
      'qsm.qoo10.jp',
    ])
      expect(externalLinkHosts).toContain(h)
    expect(factSource('ne-autoSendSettings')!.url!.startsWith('http:')).toBe(true)
    expect(externalLinkHosts).not.toContain('manual.ec-doc.net')
  })
})
