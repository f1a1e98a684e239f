import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectPath } from '../src/paths.js'
import { layerViolations } from './layers.js'

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

describe('the layer rule', () => {
  it('holds over every folder of src/', () => {
    expect(layerViolations(projectPath('src'))).toEqual([])
  })

  it('catches static and dynamic imports the wrong way, and capabilities reached past their index', () => {
    const root = tree({
      'domain/a.ts': "import { x } from '../db/queries/x.js'\n",
      'api/routes/r.ts': "const m = await import('../../db/client.js')\n",
      'cli/c.ts': "import { y } from '../services/members/profiles.js'\n",
      'services/insights/h.ts':
        "import { z } from '../members/index.js'\nimport { w } from '../members/profiles.js'\n",
      'services/members/index.ts': "export { z } from './profiles.js'\n",
      'errors.ts': "import { q } from './services/members/index.js'\n",
      'unknown/u.ts': "import { e } from '../errors.js'\n",
      'domain/ok.test.ts': "import { x } from '../db/queries/x.js'\n",
    })
    const found = layerViolations(root)
    expect(found).toHaveLength(6)
    expect(found.join('\n')).toContain('domain may not import db')
    expect(found.join('\n')).toContain('api/routes/r.ts: imports ../../db/client.js')
    expect(found.filter((v) => v.includes('through its index.ts'))).toHaveLength(2)
    expect(found.join('\n')).toContain('shared root modules import no layer')
    expect(found.join('\n')).toContain('layer unknown is not in the layer table')
  })
})
