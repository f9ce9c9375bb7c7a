/**
 * Helpers for tests that drive the emulator: real SDK clients pointed at it, raw signed-looking
 * awsJson requests (to send what the SDK would never send), and bounded polling.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { ACMPCAClient } from '@aws-sdk/client-acm-pca'
import { ECSClient } from '@aws-sdk/client-ecs'
import { IAMClient } from '@aws-sdk/client-iam'
import { KMSClient } from '@aws-sdk/client-kms'
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import type { Emulator } from './index.js'
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
  options: { maxAttempts?: number; region?: string } = {}
): SdkClients {
  const config = {
    endpoint: emulator.url,
    region: options.region ?? emulator.env().AWS_REGION ?? 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
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
