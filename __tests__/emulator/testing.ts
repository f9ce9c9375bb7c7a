/**
 * Helpers for tests that drive the emulator: real SDK clients pointed at it, raw signed-looking
 * awsJson requests (to send what the SDK would never send), and bounded polling.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, afterEach, beforeAll } from '@jest/globals'
import { ACMPCAClient } from '@aws-sdk/client-acm-pca'
import { ECSClient } from '@aws-sdk/client-ecs'
import { IAMClient } from '@aws-sdk/client-iam'
import { KMSClient } from '@aws-sdk/client-kms'
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { type Emulator, type EmulatorOptions, startEmulator } from './index.js'
import { loadModel, type ServiceKey } from './model.js'

export interface SdkClients {
  ecs: ECSClient
  pca: ACMPCAClient
  kms: KMSClient
  iam: IAMClient
  secrets: SecretsManagerClient
  destroy(): void
}

/** SDK clients aimed at the emulator with dummy credentials. */
export function sdkClients(
  emulator: Emulator,
  options: { maxAttempts?: number; region?: string; accessKeyId?: string } = {}
): SdkClients {
  const config = {
    endpoint: emulator.url,
    region: options.region ?? emulator.env().AWS_REGION ?? 'us-east-1',
    // Any key the emulator was not told about acts in its default account.
    credentials: { accessKeyId: options.accessKeyId ?? 'x', secretAccessKey: 'y' },
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {})
  }
  const clients = {
    ecs: new ECSClient(config),
    pca: new ACMPCAClient(config),
    kms: new KMSClient(config),
    iam: new IAMClient(config),
    secrets: new SecretsManagerClient(config)
  }
  return {
    ...clients,
    destroy: () => {
      clients.ecs.destroy()
      clients.pca.destroy()
      clients.kms.destroy()
      clients.iam.destroy()
      clients.secrets.destroy()
    }
  }
}

export interface RawResponse {
  status: number
  headers: Headers
  body: unknown
}

/** Sends an awsJson1_1 request as-is (with a placeholder SigV4 header unless told otherwise). */
export async function rawJson(
  emulator: Emulator,
  service: Exclude<ServiceKey, 'iam'>,
  operation: string,
  body: unknown,
  options: { signed?: boolean; region?: string } = {}
): Promise<RawResponse> {
  const model = loadModel(service)
  const region = options.region ?? emulator.env().AWS_REGION ?? 'us-east-1'
  const headers: Record<string, string> = {
    'content-type': 'application/x-amz-json-1.1',
    'x-amz-target': `${model.targetPrefix ?? ''}.${operation}`
  }
  if (options.signed !== false) {
    headers.authorization =
      `AWS4-HMAC-SHA256 Credential=x/20260101/${region}/${model.signingName}/aws4_request, ` +
      'SignedHeaders=host;x-amz-date, Signature=0000'
  }
  const res = await fetch(emulator.url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
  const text = await res.text()
  return {
    status: res.status,
    headers: res.headers,
    body: text ? (JSON.parse(text) as unknown) : undefined
  }
}

export interface ManualClock {
  /** The current time, ms since the epoch: pass as the emulator's `clock` option. */
  readonly now: () => number
  /** Moves the time forward; the emulator applies what became due at its next read. */
  advance(ms: number): void
}

/** A clock that stands still until the test moves it. */
export function manualClock(start = Date.now()): ManualClock {
  let time = start
  return {
    now: () => time,
    advance: (ms) => {
      if (!(ms >= 0)) throw new Error(`advance: expected ms >= 0, got ${ms}`)
      time += ms
    }
  }
}

/**
 * Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`.
 * Not for emulator states that pass with time (a rollout's stages): on a busy machine a poll can
 * miss one. Move a `manualClock()` instead.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  { timeoutMs = 5000, intervalMs = 10 }: { timeoutMs?: number; intervalMs?: number } = {}
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await sleep(intervalMs)
  }
}

export interface EmulatorForFile {
  /** The file's emulator; only inside tests and hooks (it starts in beforeAll). */
  readonly emu: Emulator
  /** SDK clients aimed at it, one attempt per call. */
  readonly aws: SdkClients
}

/**
 * One emulator and its SDK clients (maxAttempts 1) shared by all the tests of a file: call it
 * at the top of the file; it starts them in beforeAll and closes them in afterAll.
 */
export function emulatorPerFile(options: EmulatorOptions = {}): EmulatorForFile {
  let emu: Emulator | undefined
  let aws: SdkClients | undefined
  beforeAll(async () => {
    emu = await startEmulator(options)
    aws = sdkClients(emu, { maxAttempts: 1 })
  })
  afterAll(async () => {
    aws?.destroy()
    await emu?.close()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('emulatorPerFile: used before beforeAll ran')
    return value
  }
  return {
    get emu() {
      return started(emu)
    },
    get aws() {
      return started(aws)
    }
  }
}

/**
 * A fresh emulator per test: call it at the top of the file; the returned `start` starts an
 * emulator (`defaults`, then the test's `options`) with SDK clients (`maxAttempts`, default 1),
 * and afterEach closes both.
 */
export function emulatorPerTest(
  defaults: EmulatorOptions = {}
): (options?: EmulatorOptions, maxAttempts?: number) => Promise<[Emulator, SdkClients]> {
  let emu: Emulator | undefined
  let aws: SdkClients | undefined
  afterEach(async () => {
    aws?.destroy()
    await emu?.close()
    aws = undefined
    emu = undefined
  })
  return async (options = {}, maxAttempts = 1) => {
    emu = await startEmulator({ ...defaults, ...options })
    aws = sdkClients(emu, { maxAttempts })
    return [emu, aws]
  }
}
