/**
 * File mode: merge TLS into (or verify) service definition files, with no AWS call and no
 * credentials. Each file is read into the same facts a live read gives (src/read/files.ts);
 * the same checks, plan and verdicts as live mode run on them; the file's adapter then writes
 * the plan's TLS as edits of the members that change. A file is one unit of deployment: it is
 * written with every change or not at all.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join, relative } from 'node:path'
import { judge } from '../checks/registry.js'
import { AWS_OWNED, type Inputs } from '../inputs/inputs.js'
import type { World } from '../model/facts.js'
import type { Finding } from '../model/findings.js'
import type { ServiceOutcome } from '../model/outcome.js'
import type { ServicePlan } from '../model/plan.js'
import type { RunResult } from '../model/result.js'
import { lineDiff } from '../plan/diff.js'
import { outcomeOf, ownPlans, verifyMode } from '../plan/modes.js'
import { type FileRead, fileFacts, readDefinitionFiles } from '../read/files.js'
import type { AdaptedService, TlsEdit } from '../files/formats/adapter.js'
import { commonFolder, type Sources, workspace } from '../files/sources.js'
import { DefinitionError, nothingFound } from '../files/structured.js'
import { runnerTemp } from '../util/temp.js'
import { isTerraformReference } from '../util/terraform-reference.js'

const forDisplay = (text: string): string => text.replace(/\r\n/g, '\n')

function fileFailure(display: string, inputs: Inputs, problem: string): ServiceOutcome {
  const finding: Finding = {
    severity: 'error',
    code: 'definition-file',
    file: display,
    message: problem
  }
  return {
    name: display,
    file: display,
    status: inputs.mode === 'verify' ? 'noncompliant' : 'failed',
    ports: [],
    error: problem,
    findings: [finding],
    log: []
  }
}

interface FileRun {
  outcomes: ServiceOutcome[]
  notices: Finding[]
  /** apply/plan: the edited text when every service of the file could be planned. */
  edited?: string
}

/** A finding pointed at the file, and at its port's line (else its service's) where known. */
function locate(
  finding: Finding,
  service: AdaptedService<unknown> | undefined,
  display: string
): Finding {
  const index = (service?.config.services ?? []).findIndex(
    (entry) => entry.portName === finding.port
  )
  const line =
    finding.line ?? (index >= 0 ? service?.entries[index]?.line : undefined) ?? service?.line
  return { ...finding, file: display, ...(line !== undefined ? { line } : {}) }
}

/** The checks' findings, plus how the adapter read each service, all pointing at the file. */
function withNotes(
  world: World,
  services: readonly AdaptedService<unknown>[],
  display: string
): World {
  const serviceFindings = new Map<string, Finding[]>()
  for (const service of services)
    serviceFindings.set(
      service.name,
      [...service.notes, ...(world.serviceFindings.get(service.name) ?? [])].map((finding) =>
        locate(finding, service, display)
      )
    )
  return { ...world, serviceFindings }
}

/** The edits a file needs for its plans: every changed port, from its TLS as read to the plan's. */
function editsFor(
  plans: readonly ServicePlan[],
  services: readonly AdaptedService<unknown>[]
): TlsEdit<unknown>[] {
  return plans.flatMap((plan, index) =>
    plan.ports.flatMap((port, entry) => {
      const handle = services[index]?.entries[entry]?.handle
      return port.changed && port.after && handle !== undefined
        ? [{ entry: handle, ...(port.before ? { before: port.before } : {}), after: port.after }]
        : []
    })
  )
}

/** The inputs given as Terraform references: only a Terraform file can take them. */
function references(inputs: Inputs): string[] {
  const given = { 'ca-arn': inputs.caArn, 'kms-key': inputs.kmsKey, 'role-arn': inputs.roleArn }
  return Object.entries(given).flatMap(([name, value]) =>
    value !== undefined && isTerraformReference(value) ? [`"${name}" (${value})`] : []
  )
}

/** A file that cannot be worked on: one failed outcome naming it, and nothing else. */
function refused(display: string, inputs: Inputs, problem: string): FileRun {
  return {
    outcomes: [fileFailure(display, inputs, new DefinitionError(display, problem).message)],
    notices: []
  }
}

function runFile(file: FileRead, inputs: Inputs): FileRun {
  const { display, adapter } = file
  const referenced = adapter?.id === 'terraform' ? [] : references(inputs)
  if (referenced.length > 0)
    return refused(
      display,
      inputs,
      `is not a Terraform file, so ${referenced.join(' and ')} cannot be a Terraform reference here: give an ARN, or check .tf files only`
    )
  const { facts, services, notices, chosen } = fileFacts(file, inputs)
  // Only client-only services: the file has nothing to check, which is an error, not a notice.
  if (services.length === 0 && chosen > 0)
    return refused(
      display,
      inputs,
      'has only client-only Service Connect services (no services entries): nothing to put TLS on'
    )
  const world = withNotes(judge(facts, { inputs, now: new Date() }), services, display)
  // A file's service has no ARN: it is named by the file instead.
  const located = (outcome: ServiceOutcome): ServiceOutcome => {
    const copy: ServiceOutcome = { ...outcome, file: display }
    delete copy.serviceArn
    return copy
  }
  if (inputs.mode === 'verify')
    return {
      outcomes: verifyMode(world, inputs).map((outcome) =>
        located({
          ...outcome,
          findings: outcome.findings.map((finding) =>
            locate(
              finding,
              services.find((service) => service.name === outcome.name),
              display
            )
          )
        })
      ),
      notices
    }
  const plans = ownPlans(world, inputs).map((plan) =>
    adapter?.edit
      ? plan
      : {
          ...plan,
          error: `${adapter?.label ?? 'This format'} can only be checked (mode: verify): change the Terraform source, then plan again`
        }
  )
  const outcomes = plans.map((plan) =>
    located(outcomeOf(plan, world.serviceFindings.get(plan.name) ?? []))
  )
  if (outcomes.some((outcome) => outcome.status === 'failed')) {
    for (const outcome of outcomes)
      if (outcome.status !== 'failed') {
        outcome.status = 'failed'
        outcome.error = `${display} was not written: another service in it failed`
      }
    return { outcomes, notices }
  }
  const edits = editsFor(plans, services)
  const edited =
    edits.length > 0 && adapter?.edit ? adapter.edit(file.source, edits) : file.source.text
  return { outcomes, notices, edited }
}

/** Where apply writes the edited copy of `file`. */
function copyPath(file: string, sources: Sources, output: string | undefined): string {
  if (sources.single) {
    const extension = extname(file)
    return output ?? join(runnerTemp(), `${basename(file, extension)}.tls${extension || '.json'}`)
  }
  const folder = output ?? join(runnerTemp(), 'service-definitions')
  return join(folder, relative(commonFolder(sources.files), file))
}

export async function runDefinitionFile(
  inputs: Inputs,
  log: (line: string) => void = () => undefined
): Promise<RunResult> {
  const spec = inputs.serviceDefinition
  if (!spec) throw new Error('runDefinitionFile needs a service definition')
  const base = workspace()
  const { sources, files } = await readDefinitionFiles(spec.patterns, base)
  if (sources.files.length === 0)
    throw new DefinitionError(
      spec.patterns.join(', '),
      `no file matches (patterns are relative to ${base})`
    )
  const result: RunResult = {
    mode: inputs.mode,
    cluster: '',
    outcomes: [],
    findings: sources.unmatched.map((pattern) => ({
      severity: 'notice',
      code: 'no-match',
      message: `service-definition pattern "${pattern}" matches no file`
    })),
    diffs: new Map(),
    ...(inputs.kmsKey
      ? { kmsKey: inputs.kmsKey }
      : inputs.awsOwnedKey
        ? { kmsKey: AWS_OWNED }
        : {}),
    ...(inputs.roleArn ? { roleArn: inputs.roleArn } : {})
  }
  const written: string[] = []
  const diffs: string[] = []
  let anySelected = false
  const names = new Set<string>()
  for (const file of files) {
    const { display } = file
    if (file.problem !== undefined || !file.adapter) {
      result.outcomes.push(fileFailure(display, inputs, file.problem ?? `${display}: no adapter`))
      anySelected = true
      continue
    }
    log(`${display}: ${file.adapter.label}, ${file.services.length} Service Connect service(s)`)
    // A Terraform module spreads over files (variables.tf, providers.tf, ...): one without a
    // service is normal, as long as some file of the run has one (checked below).
    if (file.services.length === 0 && file.adapter.id === 'terraform') continue
    if (file.services.length === 0) {
      result.outcomes.push(
        fileFailure(
          display,
          inputs,
          new DefinitionError(display, nothingFound(file.adapter.id)).message
        )
      )
      anySelected = true
      continue
    }
    for (const service of file.services) for (const name of service.selectors) names.add(name)
    const run = runFile(file, inputs)
    if (run.outcomes.length > 0 || run.notices.length > 0) anySelected = true
    result.outcomes.push(...run.outcomes)
    result.findings.push(...run.notices)
    if (run.edited === undefined) continue
    const changed = run.edited !== file.source.text
    if (inputs.mode === 'plan') {
      if (!changed) continue
      const diff = lineDiff(forDisplay(file.source.text), forDisplay(run.edited))
      result.diffs.set(display, diff)
      diffs.push(`--- ${display}\n+++ ${display}\n${diff}`)
      log(`${display}: would change\n${diff}`)
      continue
    }
    if (spec.inPlace && !changed) continue
    const target = spec.inPlace ? file.path : copyPath(file.path, sources, spec.output)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, `${file.bom}${run.edited}`)
    written.push(target)
    for (const outcome of run.outcomes) {
      if (outcome.status === 'would-update') outcome.status = 'updated'
      outcome.log.push(`Wrote ${target}`)
    }
  }
  const terraformOnly = files.every((file) => file.adapter?.id === 'terraform')
  if (
    terraformOnly &&
    result.outcomes.length === 0 &&
    result.findings.length === sources.unmatched.length
  )
    throw new DefinitionError(spec.patterns.join(', '), nothingFound('terraform'))
  if (!anySelected && !inputs.services.all && inputs.services.names.length > 0)
    throw new DefinitionError(
      spec.patterns.join(', '),
      `no service named ${inputs.services.names.map((name) => `"${name}"`).join(', ')}; the files have: ${
        [...names].join(', ') || 'no Service Connect services'
      }`
    )
  if (written.length > 0) {
    result.definitionFiles = written
    result.definitionFile = written[0] as string
  }
  if (inputs.mode === 'plan') result.diff = diffs.join('\n')
  return result
}
