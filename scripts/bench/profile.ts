import { createCore } from '@core'
import { createControllableClock } from '../../src/host/clock'
import { memorySecrets } from './memorySecrets'

const MALLS = ['rakuten', 'yahoo', 'amazon', 'aupay', 'qoo10']
const KINDS: Record<string, string> = {
  rakuten: 'rakuten.licenseKey',
  yahoo: 'yahoo.authorization',
  amazon: 'amazon.spApi',
  aupay: 'aupay.apiKey',
  qoo10: 'qoo10.sellerAuthKey',
}

async function must(core: ReturnType<typeof createCore>, channel: string, input: unknown) {
  const r = await core.dispatch(channel, input)
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message.en}`)
  return r.value as Record<string, unknown>
}

/**
 * The benchmark profile: 50 shops, 300 credentials, 5 past closures each with a worked-through
 * preparation run, and the coming 年末年始.
 */
export async function buildProfile(dataDir: string, shops = 50, perShop = 6): Promise<void> {
  const clock = createControllableClock('2021-11-20T09:00', 'fixed')
  const core = createCore({ dataDir, secrets: memorySecrets(), clock, reminders: { autoStart: false } })
  for (let s = 0; s < shops; s++) {
    const mallId = MALLS[s % MALLS.length]!
    const shop = await must(core, 'saveShop', {
      name: `ベンチ店 ${s + 1}`,
      mallId,
      active: true,
      deferredPaymentApps: s % 3 === 0 ? ['atobarai_com'] : [],
      notes: '',
    })
    for (let c = 0; c < perShop; c++) {
      const secret = mallId === 'rakuten' || mallId === 'aupay' || mallId === 'qoo10'
      await must(core, 'saveCredential', {
        shopId: shop.id,
        kindId: KINDS[mallId],
        label: `機能${c + 1}`,
        issuedOn: null,
        expiresOn: `2027-0${1 + (c % 9)}-${String(1 + ((s * 7 + c) % 28)).padStart(2, '0')}`,
        ...(secret ? { secret: `BENCHKEY${s}x${c}abcdefghijklmn` } : {}),
      })
    }
  }
  // Five past year-end closures, each prepared step by step while it was coming.
  for (let year = 2021; year <= 2025; year++) {
    clock.set(`${year}-12-20T09:00`, 'fixed')
    await must(core, 'saveClosure', {
      name: `年末年始 ${year}`,
      start: `${year}-12-29`,
      end: `${year + 1}-01-03`,
    })
    const run = (await must(core, 'getPrepRun', {})) as {
      run: { id: string }
      steps: { key: string; state: string }[]
    }
    for (const [i, step] of run.steps.entries()) {
      if (step.state !== 'todo') continue
      await must(core, 'setStepState', {
        runId: run.run.id,
        key: step.key,
        state: i % 7 === 0 ? 'skipped' : 'done',
        ...(i % 7 === 0 ? { skipReason: '今回は対象外' } : {}),
        notes: i % 5 === 0 ? '担当: 山田' : '',
      })
    }
  }
  clock.set('2026-12-20T09:00', 'fixed')
  await must(core, 'saveClosure', { name: '年末年始', start: '2026-12-29', end: '2027-01-03' })
  await must(core, 'getPrepRun', {})
  core.close()
}
