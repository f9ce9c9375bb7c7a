/**
 * File mode: merge TLS into (or verify) service definition files in the formats people keep
 * in their repositories, with no AWS call and no credentials. Each format (./formats) turns its
 * file into plain Service Connect configurations, so the live plan and checks work on them
 * unchanged; changes go back into the file as text edits of the TLS blocks alone.
 */
import * as core from '@actions/core'
import type { Service } from '@aws-sdk/client-ecs'
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join, relative } from 'node:path'
import { errorText } from '../errors.js'
import type { Finding } from '../checks/findings.js'
import { isError } from '../checks/findings.js'
import { serviceFindings } from '../checks/preflight.js'
import { verifyService } from '../checks/verify.js'
import { AWS_OWNED, type Inputs } from '../inputs/inputs.js'
import { lineDiff } from '../plan/diff.js'
import { desiredTls, outcomeOf } from '../plan/modes.js'
import { planService } from '../plan/plan.js'
import { resolveTarget, type Target } from '../read/target.js'
import type { ServiceOutcome } from '../report/outcome.js'
import type { RunResult } from '../report/result.js'
import { ACCEPTED_FORMATS, detectFormat } from './formats/index.js'
import { type FileService, type Format, isObject, type Path } from './formats/format.js'
import { parseJson, setJsonMember, SyntaxProblem } from './json-syntax.js'
import { commonFolder, displayPath, expandSources, type Sources, workspace } from './sources.js'
import { splitStyle, type TextStyle } from './text.js'
import { parseYaml, setYamlMember } from './yaml-syntax.js'

export class DefinitionError extends Error {
  constructor(path: string, problem: string) {
    super(`Service definition file "${path}": ${problem}`)
    this.name = 'DefinitionError'
  }
}

type Syntax = 'JSON' | 'YAML'

/** A file as read: its text without BOM, how it writes lines, and what it holds. */
export interface ParsedFile {
  syntax: Syntax
  style: TextStyle
  text: string
  format: Format
  services: FileService[]
}

function syntaxOf(path: string, text: string): Syntax {
  if (/\.ya?ml$/i.test(path)) return 'YAML'
  return /^\s*[{[]/.test(text) || /\.json$/i.test(path) ? 'JSON' : 'YAML'
}

function describeTop(top: unknown): string {
  if (Array.isArray(top)) return 'a list'
  if (!isObject(top)) return top === undefined || top === null ? 'nothing' : `a ${typeof top}`
  const keys = Object.keys(top)
  if (keys.length === 0) return 'an empty object'
  const shown = keys.slice(0, 12).map((key) => `"${key}"`)
  return `the keys ${shown.join(', ')}${keys.length > shown.length ? ', ...' : ''}`
}

/** Reads a file's text; throws DefinitionError with line and column for a file it cannot use. */
export function parseDefinition(path: string, raw: string): ParsedFile {
  const { text, style } = splitStyle(raw)
  const syntax = syntaxOf(path, text)
  let top: unknown
  try {
    top = syntax === 'JSON' ? parseJson(text) : parseYaml(text)
  } catch (error) {
    if (error instanceof SyntaxProblem) throw new DefinitionError(path, error.message)
    throw error
  }
  const format = isObject(top) ? detectFormat(top) : undefined
  if (!isObject(top) || !format)
    throw new DefinitionError(
      path,
      `is not a format this action reads. It accepts ${ACCEPTED_FORMATS}; this ${syntax} file has ${describeTop(top)} at its top level`
    )
  const fallbackName = basename(path, extname(path))
  return { syntax, style, text, format, services: format.services(top, fallbackName) }
}

/** The text with the TLS block set on each entry; each edit changes only that block. */
export function setTlsBlocks(file: ParsedFile, entries: readonly Path[], block: object): string {
  const write = file.format.write
  if (!write) throw new Error(`${file.format.label} cannot be written`)
  let text = file.text
  for (const path of entries)
    text =
      file.syntax === 'JSON'
        ? setJsonMember(text, path, write.key, block, file.style)
        : setYamlMember(text, path, write.key, block, file.style)
  return text
}

/** The service as ECS would describe it, so the live target logic applies to it unchanged. */
function asTarget(service: FileService, portNames: readonly string[]): Target {
  const described: Service = {
    serviceName: service.name,
    status: 'ACTIVE',
    deployments: [{ status: 'PRIMARY', serviceConnectConfiguration: service.config }],
    ...(service.deploymentController
      ? { deploymentController: { type: service.deploymentController as 'ECS' } }
      : {})
  }
  return resolveTarget({ name: service.name, service: described }, '', portNames)
}

const forDisplay = (text: string): string => text.replace(/\r\n/g, '\n')

interface FileRun {
  outcomes: ServiceOutcome[]
  notices: Finding[]
  /** apply/plan: the merged text when every service of the file could be planned. */
  merged?: string
}

function selected(service: FileService, inputs: Inputs): boolean {
  const selection = inputs.services
  return selection.all || selection.names.length === 0
    ? true
    : service.selectors.some((name) => selection.names.includes(name))
}

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

/** One file: every selected service planned or verified; the merged text when it may be written. */
function runFile(file: ParsedFile, display: string, inputs: Inputs): FileRun {
  const notices: Finding[] = []
  const outcomes: ServiceOutcome[] = []
  const changedEntries: Path[] = []
  const chosen = file.services.filter((service) => selected(service, inputs))
  const expect = {
    ...(inputs.caArn ? { caArn: inputs.caArn } : {}),
    ...(inputs.kmsKey ? { kmsKey: inputs.kmsKey } : {}),
    ...(inputs.roleArn ? { roleArn: inputs.roleArn } : {})
  }
  for (const service of chosen) {
    const where = { file: display, service: service.name }
    const entries = service.config.services ?? []
    if (!service.unreadable && service.config.enabled && entries.length === 0) {
      notices.push({
        severity: 'notice',
        code: 'client-only',
        ...where,
        message: `${service.where} uses Service Connect as a client only (no services entries): nothing to put TLS on, skipped`
      })
      continue
    }
    const target: Target = service.unreadable
      ? { ok: false, name: service.name, code: 'no-service-entries', reason: service.unreadable }
      : asTarget(service, inputs.portNames)
    const findings = [
      ...service.notes,
      ...(target.ok ? serviceFindings(target, undefined) : [])
    ].map((finding) => ({ ...finding, file: display }))
    let outcome: ServiceOutcome
    if (inputs.mode === 'verify') {
      const verdict = verifyService(target, expect)
      const all = [
        ...verdict.findings.map((finding) => ({ ...finding, file: display })),
        ...findings
      ]
      outcome = {
        name: service.name,
        status: all.some(isError) ? 'noncompliant' : 'compliant',
        ports: verdict.ports.map((port) => ({
          portName: port.portName,
          ...(port.tls ? { before: port.tls } : {}),
          changed: false
        })),
        findings: all,
        log: all.map(
          (finding) =>
            `${finding.severity}: ${finding.port ? `${finding.port}: ` : ''}${finding.message}`
        )
      }
    } else {
      let plan = planService(target, desiredTls(inputs))
      const blocking = findings.filter(isError)
      if (!file.format.write)
        plan = {
          ...plan,
          error: `${file.format.label} can only be checked (mode: verify): change the Terraform source, then plan again`
        }
      else if (!plan.error && blocking.length > 0)
        plan = {
          ...plan,
          error: `found ${blocking.length} error(s) (${[...new Set(blocking.map((f) => f.code))].join(', ')})`
        }
      outcome = outcomeOf(plan, findings)
      if (!plan.error)
        plan.ports.forEach((port, index) => {
          const path = service.entryPaths[index]
          if (port.changed && path) changedEntries.push(path)
        })
    }
    delete outcome.serviceArn
    outcomes.push({ ...outcome, file: display })
  }
  // Only client-only services: the file has nothing to check, which is an error, not a notice.
  if (outcomes.length === 0 && chosen.length > 0)
    return {
      outcomes: [
        fileFailure(
          display,
          inputs,
          new DefinitionError(
            display,
            'has only client-only Service Connect services (no services entries): nothing to put TLS on'
          ).message
        )
      ],
      notices: []
    }
  if (inputs.mode === 'verify') return { outcomes, notices }
  // A file is one unit of deployment: it is written with every change or not at all.
  if (outcomes.some((outcome) => outcome.status === 'failed')) {
    for (const outcome of outcomes)
      if (outcome.status !== 'failed') {
        outcome.status = 'failed'
        outcome.error = `${display} was not written: another service in it failed`
      }
    return { outcomes, notices }
  }
  const merged = setTlsBlocks(
    file,
    changedEntries,
    file.format.write?.block(desiredTls(inputs)) ?? {}
  )
  return { outcomes, notices, merged }
}

function nothingFound(format: Format): string {
  return format.id === 'cloudformation'
    ? 'has no AWS::ECS::Service resource with a ServiceConnectConfiguration'
    : format.id === 'terraform-plan'
      ? 'has no aws_ecs_service in resource_changes with a service_connect_configuration after the change'
      : 'has no Service Connect configuration'
}

/** Where apply writes the merged copy of `file`. */
function copyPath(file: string, sources: Sources, output: string | undefined): string {
  const temp = process.env.RUNNER_TEMP || tmpdir()
  if (sources.single) {
    const extension = extname(file)
    return output ?? join(temp, `${basename(file, extension)}.tls${extension || '.json'}`)
  }
  const folder = output ?? join(temp, 'service-definitions')
  return join(folder, relative(commonFolder(sources.files), file))
}

export async function runDefinitionFile(inputs: Inputs): Promise<RunResult> {
  const spec = inputs.serviceDefinition
  if (!spec) throw new Error('runDefinitionFile needs a service definition')
  const base = workspace()
  const sources = await expandSources(spec.patterns, base)
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
    diffs: new Map()
  }
  if (inputs.kmsKey) result.kmsKey = inputs.kmsKey
  else if (inputs.awsOwnedKey) result.kmsKey = AWS_OWNED
  if (inputs.roleArn) result.roleArn = inputs.roleArn
  const written: string[] = []
  const diffs: string[] = []
  let anySelected = false
  const names = new Set<string>()
  for (const path of sources.files) {
    const display = displayPath(path, base)
    let file: ParsedFile
    try {
      let raw: string
      try {
        raw = await readFile(path, 'utf8')
      } catch (error) {
        throw new DefinitionError(display, `cannot be read (${errorText(error)})`)
      }
      file = parseDefinition(display, raw)
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error
      result.outcomes.push(fileFailure(display, inputs, error.message))
      anySelected = true
      continue
    }
    core.info(
      `${display}: ${file.format.label}, ${file.services.length} Service Connect service(s)`
    )
    if (file.services.length === 0) {
      result.outcomes.push(
        fileFailure(
          display,
          inputs,
          new DefinitionError(display, nothingFound(file.format)).message
        )
      )
      anySelected = true
      continue
    }
    for (const service of file.services) for (const name of service.selectors) names.add(name)
    const run = runFile(file, display, inputs)
    if (run.outcomes.length > 0 || run.notices.length > 0) anySelected = true
    result.outcomes.push(...run.outcomes)
    result.findings.push(...run.notices)
    if (run.merged === undefined) continue
    const changed = run.merged !== file.text
    if (inputs.mode === 'plan') {
      if (!changed) continue
      const diff = lineDiff(forDisplay(file.text), forDisplay(run.merged))
      result.diffs.set(display, diff)
      diffs.push(`--- ${display}\n+++ ${display}\n${diff}`)
      core.info(`${display}: would change\n${diff}`)
      continue
    }
    if (spec.inPlace && !changed) continue
    const target = spec.inPlace ? path : copyPath(path, sources, spec.output)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, `${file.style.bom}${run.merged}`)
    written.push(target)
    for (const outcome of run.outcomes) {
      if (outcome.status === 'would-update') outcome.status = 'updated'
      outcome.log.push(`Wrote ${target}`)
    }
  }
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
