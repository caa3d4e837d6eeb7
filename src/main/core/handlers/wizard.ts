import type { wizardChannels } from '../../../shared/ipc/wizard'
import type { AreaFactory } from './types'

export const wizardHandlers: AreaFactory<typeof wizardChannels> = () => ({})
