import { addDays } from '../isoDate'
import { deferredPaymentApps } from '../types'
import type { Bilingual, Closure, Credential, DeferredPaymentApp, IsoDate, Shop } from '../types'
import { stepCatalog } from './catalog'
import type { BilingualList, StepDefinition } from './catalog'
import { deferredPaymentAppNames, fallbackCredentialKindNames, fallbackMallNames } from './names'
import { wizardPhases } from './phases'
import type { WizardPhase } from './phases'

export type StepState = 'todo' | 'done' | 'skipped'

export type SubjectType = 'credential' | 'mall' | 'app' | 'none'

/** Values of the placeholders {mall} {shop} {credential} {app} for one instance. */
export type StepVars = Partial<Record<'mall' | 'shop' | 'credential' | 'app', Bilingual>>

export interface RunStepSubject {
  type: SubjectType
  /** Credential id, mall id or app id; null for 'none'. */
  id: string | null
  /** Japanese label ('本店 / ライセンスキー', '楽天市場', '後払い.com'); '' for 'none'. */
  label: string
  /** The label in both languages. */
  labels: Bilingual
  /** The mall of the credential, or the mall itself; null for apps and 'none'. */
  mallId: string | null
  /** Active shops concerned: the credential's shop, the shops on the mall, the shops using the app. */
  shopIds: string[]
}

export interface RunStepInstance {
  /** Stable: `${stepId}` for 'once' steps, `${stepId}:${subject.id}` otherwise. */
  key: string
  stepId: string
  phase: WizardPhase
  subject: RunStepSubject
  /** The step's title with its placeholders filled. */
  title: Bilingual
  /** Key into StepDefinition.variants: credential kind id, mall id or app id; null for 'once'. */
  variantKey: string | null
  vars: StepVars
}

/** Only active shops count; credentials of inactive (or unknown) shops are ignored. */
export interface SetupForRun {
  shops: Shop[]
  credentials: Credential[]
}

function fill(text: string, vars: StepVars, lang: 'ja' | 'en'): string {
  return text.replace(/\{(mall|shop|credential|app)\}/g, (whole, name: keyof StepVars) => {
    const value = vars[name]
    return value ? value[lang] : whole
  })
}

function fillBilingual(text: Bilingual, vars: StepVars): Bilingual {
  return { ja: fill(text.ja, vars, 'ja'), en: fill(text.en, vars, 'en') }
}

function fillList(list: BilingualList, vars: StepVars): BilingualList {
  return { ja: list.ja.map((t) => fill(t, vars, 'ja')), en: list.en.map((t) => fill(t, vars, 'en')) }
}

function joinNames(names: string[], lang: 'ja' | 'en'): string {
  return names.join(lang === 'ja' ? '、' : ', ')
}

function same(text: string): Bilingual {
  return { ja: text, en: text }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}

function isCustomKind(kindId: string): boolean {
  return kindId.endsWith('.custom')
}

function credentialName(cred: Credential, kindNames: Record<string, Bilingual>): Bilingual {
  const kind = kindNames[cred.kindId] ?? fallbackCredentialKindNames[cred.kindId]
  const label = cred.label.trim()
  if (!kind || isCustomKind(cred.kindId)) {
    if (label) return same(label)
    return kind ?? same(cred.kindId)
  }
  if (!label) return kind
  return { ja: `${kind.ja}(${label})`, en: `${kind.en} (${label})` }
}

/**
 * The steps of a preparation run for this setup: ordered by phase, then catalog order, then
 * subject (credentials in setup order, malls in order of their first active shop, apps in the
 * order of `deferredPaymentApps`). Only what active shops use produces steps.
 *
 * mallNames and credentialKindNames (from the mall profiles) fill {mall} and {credential};
 * without them the wizard's fallback names are used. Regenerate the run whenever the setup
 * changes (shop added, apps marked, credential added): keys are stable, so saved StepRecords
 * keep matching.
 */
export function generateRunSteps(
  setup: SetupForRun,
  catalog: readonly StepDefinition[] = stepCatalog,
  mallNames: Record<string, Bilingual> = {},
  credentialKindNames: Record<string, Bilingual> = {},
): RunStepInstance[] {
  const shops = setup.shops.filter((s) => s.active)
  const shopById = new Map(shops.map((s) => [s.id, s]))
  const credentials = setup.credentials.filter((c) => shopById.has(c.shopId))
  const malls = unique(shops.map((s) => s.mallId))
  const appsUsedBy = (shopList: Shop[]): DeferredPaymentApp[] =>
    deferredPaymentApps.filter((a) => shopList.some((s) => s.deferredPaymentApps.includes(a)))

  const mallName = (mallId: string): Bilingual =>
    mallNames[mallId] ?? fallbackMallNames[mallId] ?? same(mallId)
  const shopNames = (list: Shop[]): Bilingual => {
    const names = list.map((s) => s.name)
    return { ja: joinNames(names, 'ja'), en: joinNames(names, 'en') }
  }

  const out: RunStepInstance[] = []
  for (const phase of wizardPhases) {
    for (const def of catalog) {
      if (def.phase !== phase) continue
      const { appliesTo } = def
      const mallOk = (mallId: string) => !appliesTo.malls?.length || appliesTo.malls.includes(mallId)
      const kindOk = (kindId: string) =>
        (!appliesTo.credentialKinds?.length || appliesTo.credentialKinds.includes(kindId)) &&
        !appliesTo.notCredentialKinds?.includes(kindId)
      const hasKindFilter = !!appliesTo.credentialKinds?.length || !!appliesTo.notCredentialKinds?.length

      const scopeShops = shops.filter((s) => mallOk(s.mallId))
      if (appliesTo.malls?.length && scopeShops.length === 0) continue
      const scopeCredentials = credentials.filter(
        (c) => mallOk(shopById.get(c.shopId)!.mallId) && kindOk(c.kindId),
      )
      if (hasKindFilter && def.scope !== 'perCredential' && scopeCredentials.length === 0) continue
      const scopeApps = appsUsedBy(scopeShops)
      if (appliesTo.apps === 'any' && scopeApps.length === 0) continue

      const push = (subject: RunStepSubject, variantKey: string | null, vars: StepVars) => {
        out.push({
          key: subject.id === null ? def.id : `${def.id}:${subject.id}`,
          stepId: def.id,
          phase,
          subject,
          title: fillBilingual(def.title, vars),
          variantKey,
          vars,
        })
      }

      switch (def.scope) {
        case 'once':
          push({ type: 'none', id: null, label: '', labels: same(''), mallId: null, shopIds: [] }, null, {})
          break
        case 'perCredential':
          for (const cred of scopeCredentials) {
            const shop = shopById.get(cred.shopId)!
            const credName = credentialName(cred, credentialKindNames)
            const labels = { ja: `${shop.name} / ${credName.ja}`, en: `${shop.name} / ${credName.en}` }
            push(
              {
                type: 'credential',
                id: cred.id,
                label: labels.ja,
                labels,
                mallId: shop.mallId,
                shopIds: [shop.id],
              },
              cred.kindId,
              { shop: same(shop.name), mall: mallName(shop.mallId), credential: credName },
            )
          }
          break
        case 'perMall':
          for (const mallId of malls) {
            if (!mallOk(mallId)) continue
            const onMall = shops.filter((s) => s.mallId === mallId)
            const name = mallName(mallId)
            push(
              {
                type: 'mall',
                id: mallId,
                label: name.ja,
                labels: name,
                mallId,
                shopIds: onMall.map((s) => s.id),
              },
              mallId,
              { mall: name, shop: shopNames(onMall) },
            )
          }
          break
        case 'perApp':
          for (const app of scopeApps) {
            const using = scopeShops.filter((s) => s.deferredPaymentApps.includes(app))
            const name = deferredPaymentAppNames[app]
            push(
              {
                type: 'app',
                id: app,
                label: name.ja,
                labels: name,
                mallId: null,
                shopIds: using.map((s) => s.id),
              },
              app,
              { app: name, shop: shopNames(using) },
            )
          }
          break
      }
    }
  }
  return out
}

/** The texts of one instance: variant texts where the step has them, placeholders filled. */
export interface StepTexts {
  title: Bilingual
  why: Bilingual
  howTo: BilingualList
  check: Bilingual
}

export function stepTexts(instance: RunStepInstance, def: StepDefinition): StepTexts {
  const variant = instance.variantKey !== null ? def.variants?.[instance.variantKey] : undefined
  return {
    title: instance.title,
    why: fillBilingual(variant?.why ?? def.why, instance.vars),
    howTo: fillList(variant?.howTo ?? def.howTo, instance.vars),
    check: fillBilingual(variant?.check ?? def.check, instance.vars),
  }
}

/** What is saved per instance of a run (keyed by RunStepInstance.key). */
export interface StepRecord {
  key: string
  state: StepState
  skipReason: string | null
  notes: string
  /** When the step became done (ISO timestamp), null otherwise. */
  doneAt: string | null
  /** The state was set from the data (an auto check), not by the user. */
  auto: boolean
}

export interface AutoCheckContext {
  /**
   * The credentials to judge. A perCredential step looks up its own; a 'once' step with
   * credentialValidPastReopening (final.credentials) judges every credential in the map, so
   * pass the credentials of active shops only.
   */
  credentialsById: Map<string, Credential>
  closure: Closure
  /** The first business day after the closure (PhaseDates.afterReopening). */
  reopening: IsoDate
  marginDays: number
  /** The closure is entered in the app's business calendar. */
  closureRegistered: boolean
}

/** True when the credential is still valid after the reopening day plus the margin. */
export function credentialValidPastReopening(
  cred: Credential,
  reopening: IsoDate,
  marginDays: number,
): boolean {
  return cred.expiresOn > addDays(reopening, marginDays)
}

/**
 * What the data says about the step: 'done' when it holds, 'todo' when it does not, null when
 * the app cannot tell (no auto check, or the credential is unknown).
 */
export function autoState(
  instance: RunStepInstance,
  def: StepDefinition,
  ctx: AutoCheckContext,
): StepState | null {
  switch (def.autoCheck) {
    case 'closureRegistered':
      return ctx.closureRegistered ? 'done' : 'todo'
    case 'credentialValidPastReopening': {
      const valid = (c: Credential) => credentialValidPastReopening(c, ctx.reopening, ctx.marginDays)
      if (instance.subject.type === 'credential') {
        const cred = instance.subject.id !== null ? ctx.credentialsById.get(instance.subject.id) : undefined
        if (!cred) return null
        return valid(cred) ? 'done' : 'todo'
      }
      return [...ctx.credentialsById.values()].every(valid) ? 'done' : 'todo'
    }
    default:
      return null
  }
}

/** The state a step shows: a StepRecord without its key, plus a warning flag. */
export interface EffectiveStepState extends Omit<StepRecord, 'key'> {
  /** The user marked the step done, but the data says it does not hold (e.g. the date entered still lapses). */
  dataDisagrees: boolean
}

/**
 * Combines the saved record with the auto check.
 * - A skipped step stays skipped, whatever the data says (skips are the user's).
 * - auto 'done' marks a todo step done (auto = true, doneAt = now); a done step stays as it is.
 *   So a step whose data holds cannot be unticked: skip it instead.
 * - auto 'todo' turns a step that was done from data (auto = true) back to todo (doneAt null);
 *   a step the user ticked stays done, with dataDisagrees = true for the UI to warn.
 * - auto null leaves the record as it is.
 * Without a record the step starts as todo. Persist the result (with its key) when it differs.
 */
export function mergeStepState(
  record: StepRecord | undefined,
  auto: StepState | null,
  now: string | null = null,
): EffectiveStepState {
  const base: Omit<StepRecord, 'key'> = record
    ? {
        state: record.state,
        skipReason: record.skipReason,
        notes: record.notes,
        doneAt: record.doneAt,
        auto: record.auto,
      }
    : { state: 'todo', skipReason: null, notes: '', doneAt: null, auto: false }
  if (base.state === 'skipped' || auto === null || auto === 'skipped')
    return { ...base, dataDisagrees: false }
  if (auto === 'done') {
    if (base.state === 'done') return { ...base, dataDisagrees: false }
    return { ...base, state: 'done', auto: true, doneAt: now, dataDisagrees: false }
  }
  // auto === 'todo'
  if (base.state === 'done' && base.auto)
    return { ...base, state: 'todo', auto: false, doneAt: null, dataDisagrees: false }
  return { ...base, dataDisagrees: base.state === 'done' }
}

export interface EvaluatedStep extends EffectiveStepState {
  instance: RunStepInstance
  def: StepDefinition
  /** What the data said (autoState), before merging. */
  autoResult: StepState | null
}

/**
 * Every instance with its definition and effective state. Instances whose step id is not in the
 * catalog are dropped. `records` may be keyed by RunStepInstance.key.
 */
export function evaluateRun(
  instances: readonly RunStepInstance[],
  records: ReadonlyMap<string, StepRecord>,
  ctx: AutoCheckContext,
  catalog: readonly StepDefinition[] = stepCatalog,
  now: string | null = null,
): EvaluatedStep[] {
  const defs = new Map(catalog.map((d) => [d.id, d]))
  const out: EvaluatedStep[] = []
  for (const instance of instances) {
    const def = defs.get(instance.stepId)
    if (!def) continue
    const autoResult = autoState(instance, def, ctx)
    out.push({ ...mergeStepState(records.get(instance.key), autoResult, now), instance, def, autoResult })
  }
  return out
}

export interface RunProgress {
  done: number
  skipped: number
  total: number
  /** Share of steps settled (done or skipped), rounded down: 100 only when nothing is left; 100 for an empty run. */
  percent: number
}

export function runProgress(states: readonly { state: StepState }[]): RunProgress {
  const done = states.filter((s) => s.state === 'done').length
  const skipped = states.filter((s) => s.state === 'skipped').length
  const total = states.length
  const percent = total === 0 ? 100 : Math.floor(((done + skipped) / total) * 100)
  return { done, skipped, total, percent }
}

/** Instances grouped by phase, in run order (phases without steps are included, empty). */
export function groupByPhase<T extends { phase: WizardPhase }>(
  items: readonly T[],
): { phase: WizardPhase; items: T[] }[] {
  return wizardPhases.map((phase) => ({ phase, items: items.filter((i) => i.phase === phase) }))
}
