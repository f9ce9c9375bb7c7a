/**
 * Types for, and loading of, the compact shape files in ./model. ecs/acm-pca/kms.json and
 * secretsmanager.json are produced from the official Smithy models by
 * scripts/extract-model-shapes.mjs (cloudwatch.json too); iam.json and sts.json are written by hand (see README.md). Nothing here reads outside this folder.
 */
import { readFileSync } from 'node:fs'

export interface Constraints {
  length?: { min?: number; max?: number }
  range?: { min?: number; max?: number }
  pattern?: string
}

export interface MemberModel extends Constraints {
  target: string
  required?: boolean
  timestampFormat?: string
}

export interface StructureShape extends Constraints {
  type: 'structure' | 'union'
  members: Record<string, MemberModel>
  error?: 'client' | 'server'
  httpError?: number
  awsQueryError?: { code: string; httpResponseCode: number }
}

export interface ListShape extends Constraints {
  type: 'list'
  member: string
}

export interface MapShape extends Constraints {
  type: 'map'
  key: string
  value: string
}

export interface EnumShape extends Constraints {
  type: 'enum'
  values: string[]
}

export interface IntEnumShape extends Constraints {
  type: 'intEnum'
  values: number[]
}

export type ScalarType =
  | 'string'
  | 'blob'
  | 'boolean'
  | 'byte'
  | 'short'
  | 'integer'
  | 'long'
  | 'float'
  | 'double'
  | 'bigInteger'
  | 'bigDecimal'
  | 'timestamp'
  | 'document'

export interface ScalarShape extends Constraints {
  type: ScalarType
  timestampFormat?: string
}

export type Shape = StructureShape | ListShape | MapShape | EnumShape | IntEnumShape | ScalarShape

export interface OperationModel {
  input: string
  output: string
  errors: string[]
  readonly?: boolean
  paginated?: { inputToken?: string; outputToken?: string; items?: string; pageSize?: string }
}

export type ServiceKey = 'ecs' | 'acm-pca' | 'kms' | 'iam' | 'secretsmanager' | 'cloudwatch' | 'sts'

export interface ServiceModel {
  service: ServiceKey
  source: Record<string, unknown>
  sdkId: string
  protocol: 'awsJson1_1' | 'awsJson1_0' | 'awsQuery'
  /** cloudwatch.json: the protocol the published model names, when the SDK speaks another. */
  modelProtocol?: string
  /** awsJson1_0 with awsQueryCompatible: errors also carry `x-amzn-query-error: Code;Type`. */
  awsQueryCompatible?: boolean
  /** awsJson X-Amz-Target prefix; absent for awsQuery. */
  targetPrefix?: string
  /** awsQuery API version sent as Version=... */
  version?: string
  xmlNamespace?: string
  signingName: string
  serviceErrors?: string[]
  operations: Record<string, OperationModel>
  shapes: Record<string, Shape>
}

const cache = new Map<ServiceKey, ServiceModel>()

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Loads ./model/<service>.json once; fails loudly if the file is not a shape file. */
export function loadModel(service: ServiceKey): ServiceModel {
  const hit = cache.get(service)
  if (hit) return hit
  const parsed: unknown = JSON.parse(
    readFileSync(new URL(`./model/${service}.json`, import.meta.url), 'utf8')
  )
  if (!isRecord(parsed) || !isRecord(parsed.operations) || !isRecord(parsed.shapes)) {
    throw new Error(`model/${service}.json is not an extracted shape file`)
  }
  if (parsed.service !== service) {
    throw new Error(`model/${service}.json describes '${String(parsed.service)}'`)
  }
  const model = parsed as unknown as ServiceModel
  cache.set(service, model)
  return model
}

export function shapeOf(model: ServiceModel, name: string): Shape {
  const shape = model.shapes[name]
  if (!shape) throw new Error(`${model.service}: shape ${name} is not in the extracted model`)
  return shape
}

export function operationOf(model: ServiceModel, name: string): OperationModel | undefined {
  return Object.hasOwn(model.operations, name) ? model.operations[name] : undefined
}
