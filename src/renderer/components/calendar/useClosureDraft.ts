import { computed } from 'vue'
import { closurePresets, type ClosurePreset } from '@shared/domain/closurePresets'
import { previewClosureDraft } from '@shared/domain/closureDraft'
import { pick, useI18n, type MessageKey } from '@renderer/i18n'
import type { IsoDate } from '@shared/domain/types'
import { useCalendarStore } from '@renderer/stores/calendar'

type Fields = { name: string; start: string; end: string }
type Draft = Fields & { id?: string | null }

/**
 * What both closure forms (営業カレンダー's and the wizard's) do with a closure being typed: offer
 * the usual long closures as presets, fill one in, and preview its length and ship days from
 * the saved calendar with the draft in place, in the form's own words (`previewKey` takes n, last
 * and first). `draft` reads the closure as the form means it (its id, the dates as typed read).
 */
export function useClosureDraft(
  form: Fields,
  words: { previewKey: MessageKey; shortDate: (date: IsoDate) => string },
  draft: () => Draft,
) {
  const calendar = useCalendarStore()
  const { t, locale } = useI18n()

  const presets = computed<ClosurePreset[]>(() => (calendar.today ? closurePresets(calendar.today) : []))
  const preview = computed(() => {
    const p = calendar.settings ? previewClosureDraft(calendar.settings, draft(), calendar.today) : null
    if (!p) return null
    const n = p.lengthDays
    const { shortDate } = words
    return t(words.previewKey, { n, last: shortDate(p.lastShipDay), first: shortDate(p.firstShipDay) }, n)
  })
  function fill(preset: ClosurePreset) {
    form.name = pick(preset.name, locale.value)
    form.start = preset.start
    form.end = preset.end
  }
  return { presets, preview, fill }
}
