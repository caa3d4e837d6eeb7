import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import type { ChannelInput, ChannelName, ChannelOutput, Topic } from '@shared/ipc'
import { call, onAppEvent } from '../api'
import { staleOn } from './topics'

/** One answer of main, keyed by its channel and input, kept fresh by the topics it depends on. */
export interface Query<C extends ChannelName> {
  readonly channel: C
  data: ShallowRef<ChannelOutput<C> | null>
  error: Ref<unknown>
  loading: Ref<boolean>
  /** Asks again; settles once the newest answer asked for so far is in. */
  refresh(): Promise<void>
  /**
   * Asks now for what the first screen will ask for when it mounts, so that the answer travels
   * while the page starts: the screen's first refresh() takes that answer instead of asking
   * again. Whatever no screen took is let go by endPrefetch() once the first screen is up, so
   * no later refresh ever settles for an answer from before.
   */
  prefetch(): Promise<void>
  /** Takes an answer a write returned; answers asked for before it are dropped. */
  set(value: ChannelOutput<C>): void
}

// Queries some screen has asked for (with the asking itself): only these ask again when their
// topics change. A query of a channel no topic makes stale never joins, so a panel's own query
// (one per mount) is not kept after its panel is gone.
const wanted = new Map<Query<ChannelName>, () => Promise<void>>()
// Queries holding an answer asked for before the first screen mounted.
const prefetched = new Set<{ held: boolean }>()
let listening = false

function listen() {
  if (listening || typeof window === 'undefined' || !window.api) return
  listening = true
  onAppEvent((event) => {
    if (event.type === 'changed') invalidate(event.topics)
  })
}

/**
 * Asks again every wanted query whose answer depends on one of these topics. It asks even for
 * a query holding a prefetched answer (that answer is older than the change); the first
 * screen's refresh then takes the newer one.
 */
function invalidate(topics: readonly Topic[]): Promise<void> {
  const stale = [...wanted].filter(([q]) => staleOn[q.channel]?.some((t) => topics.includes(t)))
  return Promise.all(stale.map(([, ask]) => ask())).then(() => undefined)
}

/**
 * Refreshes and throws the refusal the newest answer is, for callers that show it themselves
 * (as when they asked main directly).
 */
export async function refreshOrThrow(query: Pick<Query<ChannelName>, 'refresh' | 'error'>): Promise<void> {
  await query.refresh()
  if (query.error.value) throw query.error.value
}

/** The first screen is up: prefetched answers nobody took are let go (see Query.prefetch). */
export function endPrefetch(): void {
  for (const hold of prefetched) hold.held = false
  prefetched.clear()
}

/**
 * A query of one channel, its input read at each ask (the prep screen's closure). Answers can
 * come back out of order (a reload after an event, a click, a save): only the newest asked for
 * is kept, and a refresh settles when that one is in, so a reload asked for after a save never
 * settles for an answer that left main before it.
 */
export function defineQuery<C extends ChannelName>(channel: C, input: () => ChannelInput<C>): Query<C> {
  const data = shallowRef(null) as ShallowRef<ChannelOutput<C> | null>
  const error = ref<unknown>(null)
  const loading = ref(false)
  let asked = 0
  let newest: Promise<void> = Promise.resolve()
  const hold = { held: false }

  function ask(): Promise<void> {
    listen()
    if (staleOn[channel]) wanted.set(query as unknown as Query<ChannelName>, ask)
    const mine = ++asked
    loading.value = true
    const settled: Promise<void> = call(channel, input())
      .then(
        (value) => {
          if (mine === asked) [data.value, error.value] = [value, null]
        },
        (err: unknown) => {
          if (mine === asked) error.value = err
        },
      )
      .then(() => {
        if (mine !== asked) return newest
        loading.value = false
      })
    newest = settled
    return settled
  }

  const query: Query<C> = {
    channel,
    data,
    error,
    loading,
    refresh() {
      if (!hold.held) return ask()
      hold.held = false
      prefetched.delete(hold)
      return newest
    },
    prefetch() {
      const settled = ask()
      hold.held = true
      prefetched.add(hold)
      return settled
    },
    set(value) {
      asked++
      newest = Promise.resolve()
      loading.value = false
      ;[data.value, error.value] = [value, null]
    },
  }
  return query
}
