import type { Lang } from '../types'
import type { Reminder } from './types'

const SEVERITY_ORDER: Record<Reminder['severity'], number> = { critical: 0, warning: 1, info: 2 }

/** Where a summary of several reminders opens the app: their common screen, else the list. */
function commonRoute(due: Reminder[]): string {
  const first = due[0]
  if (first && due.every((r) => r.route === first.route)) return first.route
  if (due.every((r) => r.subject.type === 'credential')) return '/shops'
  return '/notifications'
}

/**
 * One notification for many: after a few days with the app closed, a stack of separate
 * notifications would bury the urgent one. The most severe come first; the rest are counted.
 */
export function condense(
  due: Reminder[],
  lang: Lang,
  max = 3,
): { title: string; body: string; route: string } {
  if (due.length === 0) return { title: '', body: '', route: '/notifications' }
  if (due.length === 1) {
    const only = due[0] as Reminder
    return { title: only.title[lang], body: only.body[lang], route: only.route }
  }
  const shown = Math.max(1, Math.floor(max))
  const sorted = [...due].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0),
  )
  const bullet = lang === 'ja' ? '・' : '• '
  const lines = sorted.slice(0, shown).map((r) => `${bullet}${r.title[lang]}`)
  const rest = due.length - shown
  if (rest > 0) lines.push(lang === 'ja' ? `ほか${rest}件` : `and ${rest} more`)
  return {
    title: lang === 'ja' ? `${due.length}件のお知らせがあります` : `${due.length} reminders`,
    body: lines.join('\n'),
    route: commonRoute(due),
  }
}
