import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Shop } from '@shared/domain/types'
import { openSession, screenshot } from './harness'

/*
 * Every screen, in Japanese and in English, as a shop owner on 2026-12-20 with two shops, a
 * credential that expires during the 年末年始 closure and one that has expired. On each: no
 * button whose label does not fit (scrollWidth > clientWidth), no message asked for in a
 * language that lacks it, and no serious or critical axe-core finding.
 */

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** Every route of src/renderer/router.ts (the test below keeps this list complete), with the tabs. */
const SCREENS: { name: string; route: string; ready: string }[] = [
  { name: 'dashboard', route: '/', ready: 'view-dashboard' },
  { name: 'shops', route: '/shops', ready: 'view-shops' },
  { name: 'calendar-month', route: '/calendar?tab=month', ready: 'view-calendar' },
  { name: 'calendar-closures', route: '/calendar?tab=closures', ready: 'view-calendar' },
  { name: 'calendar-settings', route: '/calendar?tab=settings', ready: 'view-calendar' },
  { name: 'calendar-ship', route: '/calendar?tab=ship', ready: 'view-calendar' },
  { name: 'calendar-mail', route: '/calendar?tab=mail', ready: 'view-calendar' },
  { name: 'calendar-export', route: '/calendar?tab=export', ready: 'view-calendar' },
  { name: 'prep', route: '/prep', ready: 'view-prep' },
  { name: 'prep-print', route: '/prep/print', ready: 'view-print' },
  { name: 'welcome', route: '/welcome', ready: 'view-welcome' },
  { name: 'notifications-upcoming', route: '/notifications?tab=upcoming', ready: 'view-notifications' },
  { name: 'notifications-history', route: '/notifications?tab=history', ready: 'view-notifications' },
  { name: 'notifications-settings', route: '/notifications?tab=settings', ready: 'view-notifications' },
  { name: 'settings', route: '/settings', ready: 'view-settings' },
  { name: 'sources', route: '/settings/sources', ready: 'view-sources' },
  // Issue 15's screen: any view will do until its test id settles.
  { name: 'notices', route: '/notices', ready: 'view-' },
]

type Finding = { id: string; impact: string | null; help: string; targets: string[] }

let session: Awaited<ReturnType<typeof openSession>>
let page: Page

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const r = await session.host.core.dispatch(channel, input)
  if (!r.ok) throw new Error(`${channel}: ${r.error.message.ja}`)
  return r.value as T
}

beforeAll(async () => {
  session = await openSession({ now: '2026-12-20T10:00', clockMode: 'fixed' })
  await ok('saveClosure', { name: '年末年始', start: '2026-12-29', end: '2027-01-03' })
  const rakuten = await ok<Shop>('saveShop', {
    name: 'ひなた雑貨店',
    mallId: 'rakuten',
    active: true,
    deferredPaymentApps: ['atodene'],
    notes: '',
  })
  await ok('saveCredential', {
    shopId: rakuten.id,
    kindId: 'rakuten.licenseKey',
    label: '',
    issuedOn: null,
    expiresOn: '2026-12-31',
  })
  const yahoo = await ok<Shop>('saveShop', {
    name: 'ひなた雑貨店 Yahoo!店',
    mallId: 'yahoo',
    active: true,
    deferredPaymentApps: [],
    notes: '',
  })
  await ok('saveCredential', {
    shopId: yahoo.id,
    kindId: 'yahoo.authorization',
    label: '注文管理',
    issuedOn: null,
    expiresOn: '2026-12-18',
  })
  page = await session.newPage('/')
  await page.getByTestId('view-dashboard').waitFor()
})
afterAll(async () => {
  await session?.close()
})

async function setLanguage(lang: 'ja' | 'en') {
  await ok('setLanguage', { language: lang })
  await page.goto(session.host.url)
  await page.reload()
  await page.getByTestId('view-dashboard').waitFor()
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
}

/** Buttons (and links styled as buttons) whose text does not fit: cut or spilling. */
async function overflowingButtons(p: Page): Promise<string[]> {
  return p.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('button, a.btn, [role="tab"]'))
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${(el.textContent ?? '').trim().slice(0, 40)} (${el.scrollWidth}>${el.clientWidth})`),
  )
}

async function missingMessages(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const g = globalThis as { __holidayPrepMissingMessages?: Set<string> }
    return [...(g.__holidayPrepMissingMessages ?? [])]
  })
}

async function axe(p: Page): Promise<Finding[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) stays as is.
  await p.evaluate(AXE_SOURCE)
  return p.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          options: object,
        ) => Promise<{
          violations: {
            id: string
            impact: string | null
            help: string
            nodes: { target: string[] }[]
          }[]
        }>
      }
    }
    const result = await w.axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }))
  })
}

const report: Record<string, Finding[]> = {}

describe('every screen in both languages', () => {
  it('lists every screen the router is built from', () => {
    const source = readFileSync(join(process.cwd(), 'src/renderer/screens.ts'), 'utf8')
    const paths = [...source.matchAll(/path: '([^']+)'/g)].map((m) => m[1]!).filter((p) => !p.includes(':'))
    // The registry's own shape: if its entries stop reading `path: '/x'`, this test must say so.
    expect(paths.length).toBeGreaterThanOrEqual(8)
    const visited = new Set(SCREENS.map((s) => s.route.split('?')[0]))
    expect(paths.filter((p) => !visited.has(p))).toEqual([])
  })

  for (const lang of ['ja', 'en'] as const) {
    it(`${lang}: every button fits, every message exists, axe finds nothing serious`, async () => {
      await setLanguage(lang)
      const problems: string[] = []
      for (const screen of SCREENS) {
        await page.goto(`${session.host.url}#${screen.route}`)
        await page.locator(`[data-testid^="${screen.ready}"]`).first().waitFor()
        // Lazy panels and the holiday table arrive a moment after the view.
        await page.waitForLoadState('networkidle').catch(() => undefined)
        await page.waitForTimeout(300)
        await page.mouse.move(0, 0)
        await screenshot(page, `screen-${screen.name}-${lang}`)
        for (const b of await overflowingButtons(page))
          problems.push(`${screen.name}: button overflows: ${b}`)
        const findings = await axe(page)
        report[`${screen.name}-${lang}`] = findings
        for (const f of findings.filter((f) => f.impact === 'serious' || f.impact === 'critical'))
          problems.push(`${screen.name}: axe ${f.impact} ${f.id}: ${f.help} — ${f.targets.join(', ')}`)
      }
      for (const key of await missingMessages(page)) problems.push(`message missing: ${key}`)
      console.log(
        `[axe ${lang}]`,
        Object.entries(report)
          .filter(([k]) => k.endsWith(`-${lang}`))
          .map(([k, v]) => `${k}: ${v.map((f) => `${f.id}(${f.impact})`).join(' ') || '0'}`)
          .join('\n'),
      )
      expect(problems).toEqual([])
    })
  }
})
