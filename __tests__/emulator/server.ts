/**
 * One HTTP server for every emulated service, the way one AWS_ENDPOINT_URL points every SDK client
 * at it. awsJson requests (1.1, and 1.0 for CloudWatch) are routed by their X-Amz-Target prefix,
 * awsQuery (IAM, STS) requests by a form-urlencoded body with an Action parameter, to the service
 * their signature is scoped to.
 *
 * Each request passes, in order: SigV4 presence check, operation lookup, artificial latency,
 * denied access, injected faults, throttling, model validation, then the handler.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { uuid } from './ids.js'
import type { ServiceKey, ServiceModel } from './model.js'
import {
  AwsError,
  errorStatus,
  queryErrorCode,
  queryParamsToInput,
  toQueryXml,
  xmlEscape,
  type Handler,
  type RequestContext
} from './protocol.js'
import type { Throttler } from './throttle.js'
import { isSerializationIssue, summarize, validateShape } from './validate.js'

export interface RecordedCall {
  service: ServiceKey
  operation: string
  /** Parsed JSON body (awsJson) or the parameters other than Action/Version (awsQuery). */
  input: unknown
  /** Arrival time, ms since the epoch. */
  at: number
  /** The signing Region (the emulator's for IAM and unsigned calls) and the caller's account. */
  region: string
  accountId: string
  /** HTTP status sent back. */
  status: number
  /** Error code sent back, if the call failed. */
  errorCode?: string
  /** The response body before encoding, for successful calls (lets tests check it against the model). */
  output?: unknown
}

export interface Backend {
  model: ServiceModel
  handlers: Record<string, Handler>
}

/**
 * 'server': a 5xx instead of running the request; 'throttle': ThrottlingException;
 * 'server-after': the request is applied, then answered with the 5xx (the SDK retries a
 * request that already took effect).
 */
export type FaultKind = 'throttle' | 'server' | 'server-after'

export interface Policy {
  region: string
  /** The account a request's access key id belongs to (the default account for unknown keys). */
  accountOf(accessKeyId: string): string
  /**
   * A Region the caller's account may not use (README "Accounts and Regions"): the error every
   * regional request there gets, before anything else runs.
   */
  regionRefusal(
    service: ServiceKey,
    operation: string,
    accountId: string,
    region: string
  ): AwsError | undefined
  latencyMs: number
  clock: () => number
  throttler: Throttler
  isDenied(service: ServiceKey, operation: string): boolean
  /** Consumes one injected fault for the operation, if any is pending. */
  takeFault(operation: string): FaultKind | undefined
  /** A scripted fault for this call (scripted-faults.ts): an error code, or a throttled share. */
  scriptedFault(service: ServiceKey, operation: string): AwsError | 'throttle' | undefined
  record(call: RecordedCall): void
}

/** IAM action prefixes, for AccessDenied messages. */
const IAM_PREFIX: Record<ServiceKey, string> = {
  ecs: 'ecs',
  'acm-pca': 'acm-pca',
  kms: 'kms',
  iam: 'iam',
  secretsmanager: 'secretsmanager',
  cloudwatch: 'cloudwatch',
  sts: 'sts'
}

const MAX_BODY = 10 * 1024 * 1024

export class EmulatorServer {
  private readonly server: Server

  constructor(
    private readonly backends: Record<ServiceKey, Backend>,
    private readonly policy: Policy
  ) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        // Last resort: never leave a request hanging.
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'text/plain' })
          res.end(String(err))
        }
      })
    })
    // The SDK keeps connections alive; idle ones must not keep close() waiting.
    this.server.keepAliveTimeout = 1000
  }

  async listen(port = 0): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(port, '127.0.0.1', () => {
        resolve()
      })
    })
    const address = this.server.address() as AddressInfo
    return `http://127.0.0.1:${address.port}`
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve()
      })
      this.server.closeAllConnections()
    })
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = this.policy.clock()
    const requestId = uuid()
    const body = await readBody(req)
    if (body === undefined) {
      sendJsonError(
        res,
        requestId,
        413,
        'RequestEntityTooLargeException',
        'Request body too large.'
      )
      return
    }
    const target = header(req, 'x-amz-target')
    const contentType = header(req, 'content-type') ?? ''
    if (target !== undefined) return this.handleJson(req, res, requestId, at, target, body)
    if (contentType.startsWith('application/x-www-form-urlencoded')) {
      return this.handleQuery(req, res, requestId, at, new URLSearchParams(body))
    }
    sendJsonError(
      res,
      requestId,
      400,
      'UnknownOperationException',
      'No X-Amz-Target and no awsQuery Action.'
    )
  }

  private credentialScope(
    req: IncomingMessage
  ): { accessKeyId: string; region: string; service: string } | undefined {
    const auth = header(req, 'authorization')
    if (auth === undefined) return undefined
    const m = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth)
    return {
      accessKeyId: m?.[1] ?? '',
      region: m?.[2] ?? this.policy.region,
      service: m?.[3] ?? ''
    }
  }

  /** Where a call acts, for the record: IAM is global, so it stays in the emulator's Region. */
  private where(req: IncomingMessage, global: boolean): { region: string; accountId: string } {
    const scope = this.credentialScope(req)
    return {
      region: global || !scope ? this.policy.region : scope.region,
      accountId: this.policy.accountOf(scope?.accessKeyId ?? '')
    }
  }

  // ---- awsJson1_1 ----

  private async handleJson(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    at: number,
    target: string,
    body: string
  ): Promise<void> {
    const dot = target.lastIndexOf('.')
    const prefix = target.slice(0, dot)
    const operation = target.slice(dot + 1)
    const backend = Object.values(this.backends).find((b) => b.model.targetPrefix === prefix)
    if (!backend) {
      sendJsonError(res, requestId, 400, 'UnknownOperationException', `Unknown target ${target}.`)
      return
    }
    let raw: unknown = {}
    const where = this.where(req, false)
    const send = (
      status: number,
      code: string | undefined,
      output: unknown,
      message?: string
    ): void => {
      this.policy.record({
        service: backend.model.service,
        operation,
        input: raw,
        at,
        ...where,
        status,
        ...(code !== undefined ? { errorCode: code } : {}),
        ...(code === undefined ? { output } : {})
      })
      const model = backend.model
      if (code !== undefined)
        sendJsonError(res, requestId, status, code, message ?? '', {
          contentType: jsonContentType(model),
          // awsQueryCompatible: the SDK takes the error code from this header (its ProtocolLib).
          ...(model.awsQueryCompatible
            ? {
                queryError: `${queryErrorCode(model, code)};${status >= 500 ? 'Receiver' : 'Sender'}`
              }
            : {})
        })
      else sendJson(res, requestId, output, jsonContentType(model))
    }
    try {
      raw = body.trim() === '' ? {} : (JSON.parse(body) as unknown)
    } catch {
      raw = body
      send(400, 'SerializationException', undefined, 'Request body is not valid JSON.')
      return
    }
    const error = await this.run(req, backend, operation, raw, (result) => {
      send(200, undefined, result)
    })
    if (error) send(errorStatus(backend.model, error), error.code, undefined, error.message)
  }

  // ---- awsQuery (IAM, STS) ----

  private async handleQuery(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    at: number,
    params: URLSearchParams
  ): Promise<void> {
    // Both speak awsQuery at the same endpoint here; the signature's service tells them apart.
    const backend =
      this.credentialScope(req)?.service === 'sts' ? this.backends.sts : this.backends.iam
    const model = backend.model
    const operation = params.get('Action') ?? ''
    const known = Object.hasOwn(model.operations, operation)
    const inputShape = known ? model.operations[operation]?.input : undefined
    const raw: Record<string, unknown> = inputShape
      ? queryParamsToInput(model, inputShape, params)
      : Object.fromEntries([...params].filter(([k]) => k !== 'Action' && k !== 'Version'))
    const send = (
      status: number,
      code: string | undefined,
      output: unknown,
      message?: string
    ): void => {
      this.policy.record({
        service: model.service,
        operation,
        input: raw,
        at,
        ...this.where(req, true),
        status,
        ...(code !== undefined ? { errorCode: code } : {}),
        ...(code === undefined ? { output } : {})
      })
      if (code !== undefined) {
        const type = status >= 500 ? 'Receiver' : 'Sender'
        const xml =
          `<ErrorResponse xmlns="${model.xmlNamespace ?? ''}"><Error><Type>${type}</Type>` +
          `<Code>${xmlEscape(code)}</Code><Message>${xmlEscape(message ?? '')}</Message></Error>` +
          `<RequestId>${requestId}</RequestId></ErrorResponse>`
        sendXml(res, requestId, status, xml)
        return
      }
      const op = model.operations[operation]
      const result = op ? toQueryXml(model, op.output, output) : ''
      const xml =
        `<${operation}Response xmlns="${model.xmlNamespace ?? ''}"><${operation}Result>${result}</${operation}Result>` +
        `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`
      sendXml(res, requestId, 200, xml)
    }
    const error = await this.run(
      req,
      backend,
      operation,
      raw,
      (result) => {
        send(200, undefined, result)
      },
      params.get('Version') ?? ''
    )
    if (error) {
      send(errorStatus(model, error), queryErrorCode(model, error.code), undefined, error.message)
    }
  }

  // ---- the pipeline every request goes through ----

  /** Runs the request; calls `ok` with the output or returns the error to send. */
  private async run(
    req: IncomingMessage,
    backend: Backend,
    operation: string,
    raw: unknown,
    ok: (output: unknown) => void,
    /** awsQuery only: the Version parameter sent. */
    version?: string
  ): Promise<AwsError | undefined> {
    const model = backend.model
    const service = model.service
    const query = model.protocol === 'awsQuery'
    const scope = this.credentialScope(req)
    if (!scope) {
      // What AWS answers to an unsigned request.
      return query
        ? new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403)
        : new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token', 400)
    }
    if (scope.service !== model.signingName) {
      return new AwsError(
        query || model.awsQueryCompatible ? 'SignatureDoesNotMatch' : 'InvalidSignatureException',
        `Credential should be scoped to correct service: '${model.signingName}'.`,
        403
      )
    }
    const op = Object.hasOwn(model.operations, operation) ? model.operations[operation] : undefined
    const handler = Object.hasOwn(backend.handlers, operation)
      ? backend.handlers[operation]
      : undefined
    // awsQuery needs the API version as well as the action; IAM answers InvalidAction otherwise.
    if (!op || !handler || (query && version !== model.version)) {
      return query
        ? new AwsError(
            'InvalidAction',
            `Could not find operation ${operation} for version ${version ?? ''}`
          )
        : new AwsError(
            'UnknownOperationException',
            `The emulator does not implement ${service} ${operation}.`
          )
    }
    if (this.policy.latencyMs > 0) await sleep(this.policy.latencyMs)
    const ctx: RequestContext = {
      service,
      operation,
      // IAM is global; the others are regional and read the Region from the signature.
      region: query ? this.policy.region : scope.region,
      accountId: this.policy.accountOf(scope.accessKeyId),
      ...(scope.accessKeyId ? { accessKeyId: scope.accessKeyId } : {}),
      now: this.policy.clock()
    }
    if (!query) {
      const refusal = this.policy.regionRefusal(service, operation, ctx.accountId, ctx.region)
      if (refusal) return refusal
    }
    if (this.policy.isDenied(service, operation)) {
      const action = `${IAM_PREFIX[service]}:${operation}`
      // ECS names the resource when the request has one: "... to perform: ecs:X on resource: arn".
      const resource = deniedResource(raw)
      const message =
        `User: arn:aws:sts::${ctx.accountId}:assumed-role/emulator-caller/session is not authorized ` +
        `to perform: ${action}${resource ? ` on resource: ${resource}` : ''} because no identity-based policy allows the ${action} action`
      // CloudWatch (query-compatible) answers AccessDenied with 403, as over awsQuery.
      return query || model.awsQueryCompatible
        ? new AwsError('AccessDenied', message, 403)
        : new AwsError('AccessDeniedException', message, 400)
    }
    const scripted = this.policy.scriptedFault(service, operation)
    if (scripted === 'throttle') return throttlingError(service)
    if (scripted) return scripted
    const fault = this.policy.takeFault(operation)
    if (fault && fault !== 'server-after') return faultError(service, fault)
    // ECS limits are per account and Region (AWS-FACTS), so each pair has its own buckets.
    if (!this.policy.throttler.take(operation, ctx.now, `${ctx.accountId}/${ctx.region}`))
      return throttlingError(service)

    const issues = validateShape(model, op.input, raw)
    if (issues.length > 0) {
      const serialization = issues.filter(isSerializationIssue)
      if (serialization.length > 0) {
        // AWS front ends reject a body that does not fit the input shape before validating it.
        return new AwsError(
          query ? 'ValidationError' : 'SerializationException',
          serialization.map((i) => i.message).join('; ')
        )
      }
      return new AwsError(validationCode(service), summarize(issues))
    }
    try {
      const output = await handler(raw as Record<string, unknown>, ctx)
      // Applied, but the answer is lost: what a retried write sees after a 5xx.
      if (fault === 'server-after') return faultError(service, 'server')
      ok(output)
      return undefined
    } catch (err) {
      if (err instanceof AwsError) return err
      const message = err instanceof Error ? err.message : String(err)
      return new AwsError(query ? 'ServiceFailureException' : 'InternalFailure', message, 500)
    }
  }
}

/** The code each service uses for constraint violations. */
function validationCode(service: ServiceKey): string {
  switch (service) {
    case 'ecs':
      // ECS models InvalidParameterException for bad parameters; it has no ValidationException.
      return 'InvalidParameterException'
    case 'iam':
    case 'sts':
      // awsQuery services answer constraint violations with ValidationError.
      return 'ValidationError'
    case 'cloudwatch':
      // The CloudWatch model's client error for a bad parameter (query code InvalidParameterValue).
      return 'InvalidParameterValueException'
    default:
      return 'ValidationException'
  }
}

function throttlingError(service: ServiceKey): AwsError {
  // Not in the models; the SDKs classify both codes as throttling and retry.
  return service === 'iam' || service === 'cloudwatch' || service === 'sts'
    ? new AwsError('Throttling', 'Rate exceeded', 400)
    : new AwsError('ThrottlingException', 'Rate exceeded', 400)
}

function faultError(service: ServiceKey, kind: Exclude<FaultKind, 'server-after'>): AwsError {
  if (kind === 'throttle') return throttlingError(service)
  switch (service) {
    case 'ecs':
      return new AwsError('ServerException', 'Service unavailable. Please try again.', 500)
    case 'kms':
      return new AwsError('KMSInternalException', 'An internal error occurred.', 500)
    case 'iam':
      return new AwsError(
        'ServiceFailureException',
        'The request processing has failed because of an unknown error, exception or failure.',
        500
      )
    case 'acm-pca':
      return new AwsError('InternalFailure', 'The request processing has failed.', 500)
    case 'secretsmanager':
      // The model's server fault for Secrets Manager.
      return new AwsError('InternalServiceError', 'An error occurred on the server side.', 500)
    case 'cloudwatch':
      // The CloudWatch model's server fault (query code InternalServiceError).
      return new AwsError('InternalServiceFault', 'Internal service error.', 500)
    case 'sts':
      // STS models no server fault; the generic awsQuery one.
      return new AwsError('InternalFailure', 'The request processing has failed.', 500)
  }
}

/** The first ARN a request names (service deployments, revisions), for an AccessDenied message. */
function deniedResource(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const input = raw as Record<string, unknown>
  for (const key of ['serviceDeploymentArns', 'serviceRevisionArns']) {
    const list = input[key]
    if (Array.isArray(list) && typeof list[0] === 'string') return list[0]
  }
  return undefined
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buf = chunk as Buffer
    size += buf.length
    if (size > MAX_BODY) return undefined
    chunks.push(buf)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** awsJson1_0 (CloudWatch) or awsJson1_1 (the others). */
function jsonContentType(model: ServiceModel): string {
  return model.protocol === 'awsJson1_0'
    ? 'application/x-amz-json-1.0'
    : 'application/x-amz-json-1.1'
}

function sendJson(
  res: ServerResponse,
  requestId: string,
  output: unknown,
  contentType = 'application/x-amz-json-1.1'
): void {
  const text = JSON.stringify(output ?? {})
  res.writeHead(200, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': requestId
  })
  res.end(text)
}

function sendJsonError(
  res: ServerResponse,
  requestId: string,
  status: number,
  code: string,
  message: string,
  options: { contentType?: string; queryError?: string } = {}
): void {
  const text = JSON.stringify({ __type: code, message })
  res.writeHead(status, {
    'content-type': options.contentType ?? 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': requestId,
    'x-amzn-errortype': code,
    ...(options.queryError ? { 'x-amzn-query-error': options.queryError } : {})
  })
  res.end(text)
}

function sendXml(res: ServerResponse, requestId: string, status: number, xml: string): void {
  res.writeHead(status, {
    'content-type': 'text/xml',
    'content-length': Buffer.byteLength(xml),
    'x-amzn-requestid': requestId
  })
  res.end(xml)
}
