/**
 * File mode: merge TLS into (or verify) a create-service / update-service input JSON, the kind
 * deployed with `--cli-input-json` or ecspresso. No AWS call is made.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { ServiceConnectConfiguration } from '@aws-sdk/client-ecs'
import { jsonDiff } from '../plan/diff.js'
import { errorText } from '../errors.js'
import { AWS_OWNED, type Inputs } from '../inputs/inputs.js'
import { desiredTls, outcomeOf, verifyMode } from '../plan/modes.js'
import type { ServiceOutcome } from '../report/outcome.js'
import { planService } from '../plan/plan.js'
import type { World } from '../read/read.js'
import type { RunResult } from '../report/result.js'
import type { Target } from '../read/target.js'
import { chooseEntries } from '../plan/service-connect.js'

type Definition = Record<string, unknown> & {
  serviceConnectConfiguration?: ServiceConnectConfiguration
}

export class DefinitionError extends Error {
  constructor(path: string, problem: string) {
    super(`Service definition file "${path}": ${problem}`)
    this.name = 'DefinitionError'
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function parseDefinition(path: string, text: string): Definition {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    throw new DefinitionError(path, `not valid JSON (${errorText(error)})`)
  }
  if (!isObject(document)) throw new DefinitionError(path, 'expected a JSON object')
  const config = document.serviceConnectConfiguration
  if (!isObject(config))
    throw new DefinitionError(path, 'has no "serviceConnectConfiguration" object')
  const services = config.services
  if (!Array.isArray(services) || services.length === 0)
    throw new DefinitionError(
      path,
      'its serviceConnectConfiguration has no "services" entries to put TLS on'
    )
  services.forEach((entry, index) => {
    if (!isObject(entry) || typeof entry.portName !== 'string')
      throw new DefinitionError(
        path,
        `serviceConnectConfiguration.services[${index}] has no "portName"`
      )
  })
  return document
}

/** The file as a target, so the live path's plan and verify work on it unchanged. */
function fileTarget(path: string, definition: Definition, portNames: readonly string[]): Target {
  const config = definition.serviceConnectConfiguration as ServiceConnectConfiguration
  const name =
    typeof definition.serviceName === 'string'
      ? definition.serviceName
      : typeof definition.service === 'string'
        ? definition.service
        : basename(path)
  if (config.enabled === false)
    return {
      ok: false,
      name,
      code: 'no-service-connect',
      reason: `Service definition file "${path}": Service Connect is turned off (enabled: false)`
    }
  const choice = chooseEntries(config.services ?? [], portNames)
  if ('unknown' in choice)
    return {
      ok: false,
      name,
      code: 'unknown-port',
      reason: `Service definition file "${path}": no Service Connect entry with port name ${choice.unknown.join(', ')}; check "port-names"`
    }
  return {
    ok: true,
    name,
    serviceArn: name,
    service: { serviceName: name },
    config,
    chosen: choice.chosen
  }
}

/** Two spaces unless the file shows another indentation. */
function indentationOf(text: string): string | number {
  const match = /^[{[]\s*\n([ \t]+)\S/.exec(text)
  return match?.[1] ?? 2
}

export async function runDefinitionFile(inputs: Inputs): Promise<RunResult> {
  const spec = inputs.serviceDefinition
  if (!spec) throw new Error('runDefinitionFile needs a service definition')
  let text: string
  try {
    text = await readFile(spec.path, 'utf8')
  } catch (error) {
    throw new DefinitionError(spec.path, `cannot be read (${errorText(error)})`)
  }
  const definition = parseDefinition(spec.path, text)
  const target = fileTarget(spec.path, definition, inputs.portNames)
  const result: RunResult = {
    mode: inputs.mode,
    cluster: '',
    outcomes: [],
    findings: [],
    diffs: new Map()
  }
  if (inputs.kmsKey) result.kmsKey = inputs.kmsKey
  else if (inputs.awsOwnedKey) result.kmsKey = AWS_OWNED
  if (inputs.roleArn) result.roleArn = inputs.roleArn
  if (inputs.mode === 'verify') {
    const world: World = { targets: [target], sharedFindings: [], serviceFindings: new Map() }
    result.outcomes = verifyMode(world, inputs)
    return result
  }
  const plan = planService(target, desiredTls(inputs))
  const outcome: ServiceOutcome = outcomeOf(plan, [])
  if (plan.error || !plan.after) {
    result.outcomes = [outcome]
    return result
  }
  const output =
    spec.output ??
    join(process.env.RUNNER_TEMP || tmpdir(), `${basename(spec.path, '.json')}.tls.json`)
  const merged = { ...definition, serviceConnectConfiguration: plan.after }
  await mkdir(dirname(output), { recursive: true })
  await writeFile(output, `${JSON.stringify(merged, null, indentationOf(text))}\n`)
  outcome.log.push(`Wrote ${output}`)
  if (inputs.mode === 'apply') outcome.status = plan.changed ? 'updated' : 'unchanged'
  else if (plan.changed && plan.before)
    result.diffs.set(plan.name, jsonDiff(plan.before, plan.after))
  result.outcomes = [outcome]
  result.definitionFile = output
  return result
}
