export { contactFromCard, readVCards } from './read-vcards.js'
