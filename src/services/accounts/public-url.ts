import type { Config } from '../../config.js'

/** The address people open, for links in mail. */
export function publicBaseUrl(config: Config): string {
  return config.publicUrl ?? `http://${config.host}:${config.port}`
}
