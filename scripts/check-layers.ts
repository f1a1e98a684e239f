// Fails when a module imports across a layer boundary the wrong way (see docs/architecture.md).
import { projectPath } from '../src/paths.js'
import { layerViolations } from './layers.js'

const violations = layerViolations(projectPath('src'))
for (const v of violations) process.stderr.write(`layer violation: ${v}\n`)
process.exitCode = violations.length > 0 ? 1 : 0
