export * from './lifecycle'
export * from './urgency'
export * from './credentialDeadline'
export * from './actionPlan'
