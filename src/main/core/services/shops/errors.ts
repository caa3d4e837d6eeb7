/** The refusals every part of the shops area gives: a shop or credential that is not there. */
import { appError } from '@shared/errors'

export const shopNotFound = () => appError('shopNotFound', {}, 'shopId')

export const credentialNotFound = () => appError('credentialNotFound', {}, 'id')
