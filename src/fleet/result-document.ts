/** Pure: a run's RunResult as the versioned result document (result-schema.ts). */
import { nameOf, parseArn } from '../util/arn.js'
import type { Inputs } from '../inputs/inputs.js'
import { tlsAfterRun } from '../act/in-force.js'
import { outputsFor } from '../report/outputs.js'
import type { RunResult } from '../model/result.js'
import {
  RESULT_SCHEMA,
  RESULT_VERSION,
  type ResultDocument,
  type ResultService,
  type ResultStatus
} from './result-schema.js'
import { STATUS_ORDER } from '../util/status-order.js'

/** What the document needs beyond the result: where the run was, and its verdict. */
export interface RunContext {
  account?: string
  accountError?: string
  region?: string
  /** The run's end, ISO 8601. */
  at: string
  passed: boolean
  failure?: string
  error?: string
}

/** The service input as the matrix writes it: '*' or names joined by commas. */
export function selectionText(inputs: Pick<Inputs, 'services'>): string {
  return inputs.services.all ? '*' : inputs.services.names.join(',')
}

function servicesOf(result: RunResult | undefined): ResultService[] {
  return (result?.outcomes ?? []).map((outcome) => ({
    name: outcome.name,
    ...(outcome.serviceArn ? { serviceArn: outcome.serviceArn } : {}),
    ...(outcome.file ? { file: outcome.file } : {}),
    status: outcome.status,
    ...(outcome.deploymentId ? { deploymentId: outcome.deploymentId } : {}),
    ...(outcome.rollout ? { rollout: outcome.rollout } : {}),
    ports: tlsAfterRun(outcome).map((port, index) => ({
      portName: port.portName,
      tls: port.tls ?? null,
      changed: outcome.ports[index]?.changed ?? false
    })),
    ...(outcome.error ? { error: outcome.error } : {}),
    findings: outcome.findings
  }))
}

/** The one conversion from a run to its document; `result` is absent when the run errored. */
export function toResultDocument(
  inputs: Inputs,
  result: RunResult | undefined,
  context: RunContext
): ResultDocument {
  const outcomes = servicesOf(result)
  const counts = Object.fromEntries(
    STATUS_ORDER.map((status) => [status, outcomes.filter((o) => o.status === status).length])
  ) as Record<ResultStatus, number>
  const outputs = result ? outputsFor(result) : {}
  delete outputs.services
  delete outputs.report
  const clusterArn = parseArn(inputs.cluster) ? inputs.cluster : undefined
  return {
    schema: RESULT_SCHEMA,
    version: RESULT_VERSION,
    at: context.at,
    account: context.account ?? parseArn(inputs.cluster)?.account ?? null,
    ...(context.accountError ? { accountError: context.accountError } : {}),
    region: parseArn(inputs.cluster)?.region ?? context.region ?? null,
    cluster: nameOf(inputs.cluster),
    ...(clusterArn ? { clusterArn } : {}),
    mode: inputs.mode,
    ...(inputs.serviceDefinition ? { definitionFiles: inputs.serviceDefinition.patterns } : {}),
    services: inputs.serviceDefinition ? '' : selectionText(inputs),
    passed: context.passed,
    ...(context.failure ? { failure: context.failure } : {}),
    ...(context.error ? { error: context.error } : {}),
    ...(result?.cancelled ? { cancelled: true } : {}),
    counts,
    outcomes,
    findings: result?.findings ?? [],
    outputs
  }
}
