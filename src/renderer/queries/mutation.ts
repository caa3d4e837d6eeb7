import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/ipc'
import { call } from '../api'

/** What a write leaves stale in the window, and how it is made fresh before the caller resumes. */
export interface MutationEffects<C extends ChannelName> {
  /** The query whose whole answer the write returns: shown at once, nothing asked again. */
  answers?: { set(value: ChannelOutput<C>): void }
  /**
   * What the write changes besides: asked again before the write settles, so the form that
   * sent it closes on a screen that already shows the change (main's changed event would ask
   * too, but later, and after the caller moved on).
   */
  refreshes?: readonly { refresh(): Promise<void> }[]
}

/**
 * A store's write of one channel: sends the input, refreshes what it names, and settles with
 * main's answer; a refusal (ApiError) goes to the caller, whose form shows it.
 */
export function defineMutation<C extends ChannelName>(
  channel: C,
  effects: MutationEffects<C> = {},
): (input: ChannelInput<C>) => Promise<ChannelOutput<C>> {
  return async (input) => {
    const answer = await call(channel, input)
    effects.answers?.set(answer)
    if (effects.refreshes) await Promise.all(effects.refreshes.map((q) => q.refresh()))
    return answer
  }
}
