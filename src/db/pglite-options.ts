import { PGlite, type PGliteOptions } from '@electric-sql/pglite'

/**
 * How every PGlite here starts. PostgreSQL's default `shared_buffers` (128 MB) is allocated and
 * zeroed in WebAssembly memory on every open: about 400 ms and 110 MB of a 1 s, 290 MB open on a
 * 2-core machine. With 32 MB an open takes about 600 ms and 180 MB, and what no longer fits is
 * read from the data folder through the operating system's cache, or from memory for an
 * in-memory database (decision 0159 has the measurements).
 */
export const PGLITE_OPTIONS = {
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
} satisfies PGliteOptions
