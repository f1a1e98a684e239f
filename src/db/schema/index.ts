export * from './auth.js'
export * from './connections.js'
export * from './instance.js'
export * from './members.js'
