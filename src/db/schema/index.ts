export * from './auth.js'
export * from './instance.js'
export * from './members.js'
