/**
 * Which files `service-definition` names: paths and glob patterns, relative to the workspace.
 * Globs are expanded with tinyglobby (small, maintained, no native code; node 20 has no
 * fs.glob).
 */
import { glob, isDynamicPattern } from 'tinyglobby'
import { isAbsolute, relative, resolve, sep } from 'node:path'

export interface Sources {
  /** Absolute paths, in a stable order, each once. */
  files: string[]
  /** Patterns that matched no file. */
  unmatched: string[]
  /** True when the input is one plain path (its output can then be a file name). */
  single: boolean
}

export function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd()
}

export async function expandSources(patterns: readonly string[], base: string): Promise<Sources> {
  const files: string[] = []
  const unmatched: string[] = []
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      files.push(resolve(base, pattern))
      continue
    }
    const found = await glob(pattern, { cwd: base, absolute: true, onlyFiles: true, dot: false })
    if (found.length === 0) unmatched.push(pattern)
    files.push(...found.map((file) => resolve(file)).sort())
  }
  const single = patterns.length === 1 && !isDynamicPattern(patterns[0] ?? '')
  return { files: [...new Set(files)], unmatched, single }
}

/** How a file is named in the report: relative to the workspace when it is inside it. */
export function displayPath(file: string, base: string): string {
  const path = relative(base, file)
  return path === '' || path.startsWith('..') || isAbsolute(path) ? file : path
}

/** The deepest folder that holds every file. */
export function commonFolder(files: readonly string[]): string {
  const parts = files.map((file) => resolve(file).split(sep).slice(0, -1))
  const first = parts[0] ?? []
  let length = first.length
  for (const other of parts)
    while (length > 0 && other.slice(0, length).join(sep) !== first.slice(0, length).join(sep))
      length--
  return first.slice(0, length).join(sep) || sep
}
