import type { shopsChannels } from '../../../shared/ipc/shops'
import type { AreaFactory } from './types'

export const shopsHandlers: AreaFactory<typeof shopsChannels> = () => ({})
