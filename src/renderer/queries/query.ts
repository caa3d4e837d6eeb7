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
  /** Takes an answer a write returned; answers asked for before it are dropped. */
  set(value: ChannelOutput<C>): void
}

// Queries some screen has asked for: only these ask again when their topics change.
const wanted = new Set<Query<ChannelName>>()
let listening = false

function listen() {
  if (listening || typeof window === 'undefined' || !window.api) return
  listening = true
  onAppEvent((event) => {
    if (event.type === 'changed') invalidate(event.topics)
  })
}

/** Asks again every wanted query whose answer depends on one of these topics. */
export function invalidate(topics: readonly Topic[]): Promise<void> {
  const stale = [...wanted].filter((q) => staleOn[q.channel]?.some((t) => topics.includes(t)))
  return Promise.all(stale.map((q) => q.refresh())).then(() => undefined)
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

  const query: Query<C> = {
    channel,
    data,
    error,
    loading,
    refresh() {
      listen()
      wanted.add(query as unknown as Query<ChannelName>)
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
