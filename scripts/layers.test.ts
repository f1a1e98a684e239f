import { describe, expect, it } from 'vitest'
import { projectPath } from '../src/paths.js'
import { layerViolations } from './layers.js'

describe('layers', () => {
  it('keep domain and graph pure and let only api and cli call services', () => {
    expect(layerViolations(projectPath('src'))).toEqual([])
  })
})
