/**
 * One HTTP server for all four services, the way one AWS_ENDPOINT_URL points every SDK client
 * at it. awsJson1_1 requests are routed by their X-Amz-Target prefix, awsQuery (IAM, STS) requests
 * by a form-urlencoded body with an Action parameter, to the service their signature is scoped to.
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
  accountId: string
  latencyMs: number
  clock: () => number
  throttler: Throttler
  isDenied(service: ServiceKey, operation: string): boolean
  /** Consumes one injected fault for the operation, if any is pending. */
  takeFault(operation: string): FaultKind | undefined
  record(call: RecordedCall): void
}

/** IAM action prefixes, for AccessDenied messages. */
const IAM_PREFIX: Record<ServiceKey, string> = {
  ecs: 'ecs',
  'acm-pca': 'acm-pca',
  kms: 'kms',
  iam: 'iam',
  secretsmanager: 'secretsmanager',
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
  ): { region: string; service: string; accessKeyId?: string } | undefined {
    const auth = header(req, 'authorization')
    if (auth === undefined) return undefined
    const m = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth)
    return {
      region: m?.[2] ?? this.policy.region,
      service: m?.[3] ?? '',
      ...(m?.[1] ? { accessKeyId: m[1] } : {})
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
        status,
        ...(code !== undefined ? { errorCode: code } : {}),
        ...(code === undefined ? { output } : {})
      })
      if (code !== undefined) sendJsonError(res, requestId, status, code, message ?? '')
      else sendJson(res, requestId, output)
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
        query ? 'SignatureDoesNotMatch' : 'InvalidSignatureException',
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
      accountId: this.policy.accountId,
      ...(scope.accessKeyId ? { accessKeyId: scope.accessKeyId } : {}),
      now: this.policy.clock()
    }
    if (this.policy.isDenied(service, operation)) {
      const action = `${IAM_PREFIX[service]}:${operation}`
      const message =
        `User: arn:aws:sts::${this.policy.accountId}:assumed-role/emulator-caller/session is not authorized ` +
        `to perform: ${action} because no identity-based policy allows the ${action} action`
      return query
        ? new AwsError('AccessDenied', message, 403)
        : new AwsError('AccessDeniedException', message, 400)
    }
    const fault = this.policy.takeFault(operation)
    if (fault && fault !== 'server-after') return faultError(service, fault)
    if (!this.policy.throttler.take(operation, ctx.now)) return throttlingError(service)

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
    default:
      return 'ValidationException'
  }
}

function throttlingError(service: ServiceKey): AwsError {
  // Not in the models; the SDKs classify both codes as throttling and retry.
  return service === 'iam' || service === 'sts'
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
    case 'sts':
      // STS models no server fault; the generic awsQuery one.
      return new AwsError('InternalFailure', 'The request processing has failed.', 500)
  }
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

function sendJson(res: ServerResponse, requestId: string, output: unknown): void {
  const text = JSON.stringify(output ?? {})
  res.writeHead(200, {
    'content-type': 'application/x-amz-json-1.1',
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
  message: string
): void {
  const text = JSON.stringify({ __type: code, message })
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': requestId,
    'x-amzn-errortype': code
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
