import type { remindersChannels } from '../../../shared/ipc/reminders'
import type { AreaFactory } from './types'

export const remindersHandlers: AreaFactory<typeof remindersChannels> = () => ({})
