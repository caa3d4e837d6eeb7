/** The wizard's refusals about runs and closures. */
import { appError } from '@shared/errors'

export const runNotFound = () => appError('runNotFound', {}, 'runId')

export const closureNotFound = () => appError('wizardClosureNotFound', {}, 'closureId')

export const runClosed = () => appError('runClosed', {}, 'runId')
