/**
 * The discover matrix as report mode gets it back: `{"include":[{account, region, cluster,
 * services?}]}`, `services` a comma-separated shard when discover split a cluster.
 */
export interface MatrixEntry {
  account: string
  region: string
  cluster: string
  /** The shard's service names; absent: the job covered the whole cluster (`service: '*'`). */
  services?: string[]
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Parses the matrix JSON; `fail` builds the error for what was expected. */
export function parseMatrix(text: string, fail: (expected: string) => Error): MatrixEntry[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw fail(
      'expected the JSON of the discover matrix ({"include":[...]}), which is not valid JSON'
    )
  }
  const include = isRecord(parsed) ? parsed.include : undefined
  if (!Array.isArray(include))
    throw fail('expected the discover matrix, an object with an "include" array')
  return include.map((entry: unknown, index) => {
    const field = (name: string): string => {
      const value = isRecord(entry) ? entry[name] : undefined
      if (typeof value !== 'string' || value === '')
        throw fail(`expected include[${index}].${name} to be a non-empty string`)
      return value
    }
    const services = isRecord(entry) ? entry.services : undefined
    if (services !== undefined && (typeof services !== 'string' || services.trim() === ''))
      throw fail(
        `expected include[${index}].services to be a comma-separated list of service names`
      )
    return {
      account: field('account'),
      region: field('region'),
      cluster: field('cluster'),
      ...(typeof services === 'string'
        ? {
            services: services
              .split(',')
              .map((name) => name.trim())
              .filter(Boolean)
          }
        : {})
    }
  })
}
