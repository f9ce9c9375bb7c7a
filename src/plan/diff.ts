/** Pure: a unified-style line diff, enough to show what a plan would change in a configuration. */

type Edit = { kind: ' ' | '-' | '+'; line: string }

function edits(before: string[], after: string[]): Edit[] {
  // Longest common subsequence table; configurations are a few hundred lines at most.
  const rows = before.length
  const cols = after.length
  const lcs: number[][] = Array.from({ length: rows + 1 }, () =>
    new Array<number>(cols + 1).fill(0)
  )
  for (let i = rows - 1; i >= 0; i--)
    for (let j = cols - 1; j >= 0; j--) {
      const row = lcs[i] as number[]
      const below = lcs[i + 1] as number[]
      row[j] =
        before[i] === after[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0)
    }
  const result: Edit[] = []
  let i = 0
  let j = 0
  while (i < rows || j < cols) {
    if (i < rows && j < cols && before[i] === after[j]) {
      result.push({ kind: ' ', line: before[i++] as string })
      j++
    } else if (i < rows && (j === cols || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      result.push({ kind: '-', line: before[i++] as string })
    } else {
      result.push({ kind: '+', line: after[j++] as string })
    }
  }
  return result
}

/**
 * Changed lines with `context` unchanged lines around them; '' when nothing differs. Hunks are
 * split by `@@`; with a `label`, every hunk (the first too) starts with `@@ label @@`.
 */
export function lineDiff(
  beforeText: string,
  afterText: string,
  context = 3,
  label?: string
): string {
  const all = edits(beforeText.split('\n'), afterText.split('\n'))
  const keep = new Set<number>()
  all.forEach((edit, index) => {
    if (edit.kind === ' ') return
    for (let k = Math.max(0, index - context); k <= Math.min(all.length - 1, index + context); k++)
      keep.add(k)
  })
  if (keep.size === 0) return ''
  const out: string[] = []
  let last = -1
  for (const index of [...keep].sort((a, b) => a - b)) {
    if (label !== undefined && (last === -1 || index > last + 1)) out.push(`@@ ${label} @@`)
    else if (last !== -1 && index > last + 1) out.push('@@')
    const edit = all[index] as Edit
    out.push(`${edit.kind} ${edit.line}`)
    last = index
  }
  return out.join('\n')
}

export function jsonDiff(before: unknown, after: unknown): string {
  return lineDiff(JSON.stringify(before, null, 2), JSON.stringify(after, null, 2))
}

/** The part of a Service Connect configuration a diff needs: its per-port entries. */
interface PortedConfiguration {
  services?: { portName?: string | undefined }[] | undefined
}

/**
 * A Service Connect configuration's diff, port by port: each hunk is labelled with the service
 * and the port it is in, so a reader sees at once where a `"tls": {` line belongs. Changes
 * outside the port entries (none today) get their own labelled hunks.
 */
export function configurationDiff(
  service: string,
  before: PortedConfiguration,
  after: PortedConfiguration
): string {
  const { services: beforePorts = [], ...beforeRest } = before
  const { services: afterPorts = [], ...afterRest } = after
  const text = (value: unknown): string => JSON.stringify(value ?? null, null, 2)
  const parts = [lineDiff(text(beforeRest), text(afterRest), 3, `${service}, outside the ports`)]
  for (let index = 0; index < Math.max(beforePorts.length, afterPorts.length); index++) {
    const was = beforePorts[index]
    const will = afterPorts[index]
    const port = will?.portName ?? was?.portName ?? `#${index + 1}`
    parts.push(lineDiff(text(was), text(will), 3, `${service}, port ${port}`))
  }
  return parts.filter(Boolean).join('\n')
}
