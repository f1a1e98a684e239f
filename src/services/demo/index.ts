export { loadDemoCommunity } from './load-demo.js'
