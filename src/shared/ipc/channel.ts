import type { z } from 'zod'

/**
 * A channel of the IPC contract: the runtime schema of its input and, as a type only, its
 * result. `channel<Result>()(inputSchema)` keeps both in one place.
 */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I
  /** Type carrier only; never set at run time. */
  readonly __output?: O
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input })
}
