import type { ChannelName, ChannelOutput, ParsedInput } from '@shared/ipc'
import type { CoreContext } from '../context'
import type { Services } from '../services'

export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>
}

/** The handlers of one area: exactly the channels of its contract file. */
export type AreaHandlers<Channels> = {
  [C in keyof Channels & ChannelName]: Handlers[C]
}

export type AreaFactory<Channels> = (ctx: CoreContext, services: Services) => AreaHandlers<Channels>
