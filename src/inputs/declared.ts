/**
 * The inputs action.yml declares, in one place: the action.yml contract test checks this list
 * against the file and against what parseInputs reads, so it cannot drift from either.
 */
export const DECLARED_INPUTS = [
  'mode',
  'cluster',
  'service',
  'ca-arn',
  'kms-key',
  'role-arn',
  'port-names',
  'wait-for-service-stability',
  'wait-for-minutes',
  'wait-poll-seconds',
  'wait-until',
  'if-deployment-in-progress',
  'max-concurrency',
  'min-ca-validity-days',
  'fail-on-noncompliant',
  'check-certificates',
  'certificate-grace-minutes',
  'traffic-check',
  'traffic-window-minutes',
  'traffic-grace-minutes',
  'on-tls-errors',
  'github-token',
  'service-definition',
  'service-definition-output',
  'in-place',
  'regions',
  'clusters',
  'max-services-per-job',
  'result-file',
  'result-files',
  'matrix'
] as const

export type InputName = (typeof DECLARED_INPUTS)[number]

/** The environment variable the runner sets for an input (see runner-env.ts). */
export const envNameOf = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`

/**
 * INPUT_* variables that no declared input maps to, e.g. a misspelt `with:` key. GitHub's
 * runner warns about those itself; other runners (act, local try-outs) do not.
 */
export function undeclaredInputs(env: NodeJS.ProcessEnv): string[] {
  const declared = new Set(DECLARED_INPUTS.map(envNameOf))
  return Object.keys(env)
    .filter((name) => name.startsWith('INPUT_') && !declared.has(name))
    .sort()
}
