import type { Bilingual } from '../shared/domain/types'
import type { AppErrorData } from '../shared/errors'
import type { ChannelInput, ChannelName, ChannelOutput } from '../shared/ipc'

/** An error the main process returned, with its message in both languages. */
export class ApiError extends Error {
  readonly code: string
  readonly bilingual: Bilingual
  readonly field?: string
  constructor(data: AppErrorData) {
    super(data.message.en)
    this.code = data.code
    this.bilingual = data.message
    this.field = data.field
  }
}

/** Calls a contract channel through window.api and unwraps the result (throws ApiError). */
export async function call<C extends ChannelName>(
  name: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const method = window.api[name] as (input: ChannelInput<C>) => Promise<unknown>
  const result = (await method(input)) as
    { ok: true; value: ChannelOutput<C> } | { ok: false; error: AppErrorData }
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export function onAppEvent(listener: Parameters<Window['api']['onEvent']>[0]): () => void {
  return window.api.onEvent(listener)
}
