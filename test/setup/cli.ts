import type { Command } from 'commander'
import { vi } from 'vitest'

/** Runs a CLI command in-process, capturing what it prints on stdout and stderr. */
export async function runCommand(
  command: Command,
  args: string[],
): Promise<{ out: string; err: string }> {
  let out = ''
  let err = ''
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk)
    return true
  })
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk)
    return true
  })
  try {
    await command.parseAsync(args, { from: 'user' })
  } finally {
    o.mockRestore()
    e.mockRestore()
  }
  return { out, err }
}
