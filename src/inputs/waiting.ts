/**
 * How apply rolls out: waiting for each deployment, a service whose own deployment is still in
 * progress, and how many services are updated at once.
 */
import { type InputReader, readBoolean, readChoice, readNumber } from './readers.js'

/** `until`: `completed` (SUCCESSFUL) or `traffic-shifted` (BAKE_TIME reached). */
export interface WaitInputs {
  enabled: boolean
  timeoutMs: number
  pollMs: number
  until: 'completed' | 'traffic-shifted'
}

export function readWait(read: InputReader): WaitInputs {
  return {
    enabled: readBoolean(read, 'wait-for-service-stability', true),
    timeoutMs: readNumber(read, 'wait-for-minutes', { fallback: 30, min: 1, max: 360 }) * 60_000,
    pollMs: readNumber(read, 'wait-poll-seconds', { fallback: 15, min: 1, max: 300 }) * 1000,
    until: readChoice(read, 'wait-until', ['completed', 'traffic-shifted'] as const, 'completed')
  }
}

export function readIfDeploymentInProgress(read: InputReader): 'wait' | 'fail' {
  return readChoice(read, 'if-deployment-in-progress', ['wait', 'fail'] as const, 'wait')
}

export function readMaxConcurrency(read: InputReader): number {
  return readNumber(read, 'max-concurrency', { fallback: 10, min: 1, max: 50, integer: true })
}
