export * from './events'
export * from './serialize'
