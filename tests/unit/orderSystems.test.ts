import { describe, expect, it } from 'vitest'
import { credentialKind } from '@shared/domain/malls'
import {
  isOrderSystemId,
  orderSystemIds,
  orderSystemProfile,
  orderSystemProfiles,
  orderSystemTokens,
  orderSystemWords,
  resolveOrderSystemText,
} from '@shared/domain/orderSystems'
import { findStep, stepCatalogFor, stepCatalogTemplate, validateCatalog } from '@shared/domain/wizard/catalog'

const texts = (id: string) => JSON.stringify(stepCatalogFor(id))

describe('order-system profiles', () => {
  it('lists the systems the setup asks about, in order, with names in both languages', () => {
    expect(orderSystemProfiles.map((p) => p.id)).toEqual([...orderSystemIds])
    expect(orderSystemIds).toEqual([
      'nextEngine',
      'crossMall',
      'goq',
      'logiless',
      'sokuhan',
      'tatempo',
      'sukeneko',
      'none',
    ])
    for (const p of orderSystemProfiles) {
      expect(p.name.ja).toBeTruthy()
      expect(p.name.en).toBeTruthy()
      if (p.rakutenKey) expect(credentialKind(p.rakutenKey.kindId), p.id).toBeDefined()
    }
  })

  it.each([
    ['nextEngine', 'rakuten.licenseKey'],
    ['crossMall', 'rakuten.licenseKey'],
    ['sokuhan', 'rakuten.licenseKey'],
    ['goq', 'rakuten.webApiKey'],
    ['logiless', null],
    ['tatempo', null],
    ['sukeneko', null],
    ['none', null],
  ])('%s connects Rakuten with %s', (id, kindId) => {
    expect(orderSystemProfile(id).rakutenKey?.kindId ?? null).toBe(kindId)
  })

  it('falls back to the neutral profile for an unknown id', () => {
    expect(orderSystemProfile('nosuch').id).toBe('none')
    expect(orderSystemProfile(null).id).toBe('none')
    expect(isOrderSystemId('crossMall')).toBe(true)
    expect(isOrderSystemId('CrossMall')).toBe(false)
    expect(isOrderSystemId(3)).toBe(false)
  })

  it('says the notice’s term in brackets when a system’s own is unknown, and its own term when known', () => {
    const ne = orderSystemProfile('nextEngine')
    const cm = orderSystemProfile('crossMall')
    expect(orderSystemWords(ne, 'nonBusinessDays').ja).toContain('日付自動登録')
    expect(orderSystemWords(ne, 'nonBusinessDays').ja).not.toContain('ネクストエンジンでは')
    expect(orderSystemWords(cm, 'nonBusinessDays').ja).toContain('CROSS MALL')
    expect(orderSystemWords(cm, 'nonBusinessDays').ja).toContain('(ネクストエンジンでは「日付自動登録」')
    expect(orderSystemWords(cm, 'apiSettings').ja).toBe(
      'CROSS MALL の システム設定 → 店舗情報(モールの店舗ごと)',
    )
    expect(orderSystemWords(ne, 'freeMailShort').ja).toBe('フリーメール')
    expect(orderSystemWords(cm, 'freeMailShort').ja).toBe('個別のメール')
    expect(orderSystemWords(orderSystemProfile('none'), 'system')).toEqual({
      ja: '受注管理システム',
      en: 'the order system',
    })
    expect(orderSystemWords(orderSystemProfile('none'), 'System').en).toBe('The order system')
    expect(orderSystemWords(orderSystemProfile('goq'), 'expiryWarning').ja).toContain('ライセンス管理API')
    expect(orderSystemWords(cm, 'expiryWarning').ja).toContain('確かめられていません')
  })

  it('resolves every token and leaves unknown ones for the validator', () => {
    const p = orderSystemProfile('logiless')
    for (const token of orderSystemTokens)
      for (const lang of ['ja', 'en'] as const)
        expect(resolveOrderSystemText(`[[os.${token}]]`, lang, p)).not.toMatch(/\[\[/)
    expect(resolveOrderSystemText('[[os.nosuch]]', 'ja', p)).toBe('[[os.nosuch]]')
  })
})

describe('the step catalog in each system’s words', () => {
  it('is sound as written and for every system, with no token left', () => {
    expect(validateCatalog(stepCatalogTemplate)).toEqual([])
    for (const id of orderSystemIds) {
      expect(validateCatalog(stepCatalogFor(id)), id).toEqual([])
      expect(texts(id), id).not.toMatch(/\[\[os\./)
    }
    expect(validateCatalog([{ ...stepCatalogTemplate[0]!, why: { ja: '[[os.nosuch]]', en: 'x' } }])).toEqual([
      'closure.dates: why.ja uses unknown order-system token [[os.nosuch]]',
    ])
  })

  it('keeps the same ids, phases and scopes whatever the system', () => {
    const shape = (id: string) => stepCatalogFor(id).map((d) => [d.id, d.phase, d.scope, d.appliesTo])
    for (const id of orderSystemIds) expect(shape(id)).toEqual(shape('none'))
  })

  it.each([
    ['nextEngine', ['設定 → 受注 → 日付自動登録', 'フリーメール', 'メールサーバ', '設定 → 基本 → API']],
    [
      'crossMall',
      [
        'CROSS MALL',
        'システム設定 → 店舗情報',
        '(ネクストエンジンでは「日付自動登録」',
        '(ネクストエンジンでは「フリーメール」)',
      ],
    ],
    ['goq', ['GoQSystem', 'モール詳細設定', 'ライセンス管理API']],
    ['none', ['受注管理システム', '(ネクストエンジンでは「日付自動登録」']],
  ])('%s: the steps use its words', (id, words) => {
    const all = texts(id)
    for (const w of words) expect(all, w).toContain(w)
  })

  it('writes the notice’s own words only for Next Engine, and in brackets for the others', () => {
    const step = (id: string) => findStep('orderSystem.nonBusinessDays', stepCatalogFor(id))!
    expect(step('nextEngine').title.ja).toBe('ネクストエンジンに非営業日を登録する')
    expect(step('crossMall').title.ja).toBe('CROSS MALLに非営業日を登録する')
    expect(step('none').title).toEqual({
      ja: '受注管理システムに非営業日を登録する',
      en: 'Enter the non-business days in the order system',
    })
    expect(step('nextEngine').howTo.ja[0]).toContain('ネクストエンジンの 設定 → 受注 → 日付自動登録')
    expect(step('crossMall').howTo.ja[0]).toContain('CROSS MALLの、自動で入る日付から非営業日')
    const mail = (id: string) => findStep('mail.templates', stepCatalogFor(id))!.howTo.ja
    expect(mail('nextEngine')[0]).toContain('稼働状態を「停止」')
    expect(mail('crossMall')[0]).toContain(
      '(ネクストエンジンでは、メールサーバの稼働状態を「停止」にしてから編集します)',
    )
  })

  it('tells which Rakuten key the system uses in the renewal step', () => {
    const why = (id: string) =>
      findStep('credential.renew', stepCatalogFor(id))!.variants!['rakuten.licenseKey']!.why!.ja
    expect(why('nextEngine')).toContain(
      'ネクストエンジンが使うのは「システム開発企業からのAPIアクセス許可設定」のキー',
    )
    expect(why('goq')).toContain('GoQSystemが使うのは「WEB APIサービス」のキー')
    expect(why('tatempo')).toContain('タテンポガイドが楽天のどちらのキーを使うかは')
  })
})
