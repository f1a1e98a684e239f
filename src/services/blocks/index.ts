export { hasRefused, refusedEitherWay } from '../../db/queries/blocks.js'
export { blockMember, listBlocks, unblockMember } from './blocks.js'
