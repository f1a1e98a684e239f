import { PGlite, type PGliteOptions } from '@electric-sql/pglite'

/**
 * How every PGlite here starts. PostgreSQL's default `shared_buffers` (128 MB) is allocated and
 * zeroed in WebAssembly memory on every open: about 400 ms and 110 MB of a 1 s, 290 MB open on a
 * 2-core machine. 64 MB halves that and leaves a large import about as fast; 32 MB would save
 * another 40 MB at a third more time for that import (decision 0159 has the measurements).
 */
export const PGLITE_OPTIONS = {
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=64MB'],
} satisfies PGliteOptions
