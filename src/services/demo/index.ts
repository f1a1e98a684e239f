export { ensureDemoCommunity, loadDemoCommunity } from './load-demo.js'
