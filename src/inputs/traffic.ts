/** The traffic check inputs: which handshake metrics to read after TLS is on, and what to do. */
import type { Mode } from './mode.js'
import { InputError, type InputReader, readChoice, readNumber } from './readers.js'

/**
 * The Service Connect TLS handshake metrics after a TLS rollout (apply) or over the last
 * window (verify): `warn` reports, `fail` fails on TLS errors, `off` reads no metrics.
 */
export interface TrafficInputs {
  check: 'warn' | 'fail' | 'off'
  windowMinutes: number
  /** How long past the window's end to wait for its last period to be published. */
  graceMinutes: number
  /** apply: what to do with a service whose callers fail the TLS handshake. */
  onTlsErrors: 'off' | 'revert'
}

export function readTraffic(read: InputReader, mode: Mode): TrafficInputs {
  const check = readChoice(read, 'traffic-check', ['warn', 'fail', 'off'] as const, 'warn')
  const onTlsErrors = readChoice(read, 'on-tls-errors', ['off', 'revert'] as const, 'off')
  if (onTlsErrors === 'revert' && check === 'off')
    throw new InputError(
      'on-tls-errors',
      'revert acts on what the traffic check finds; set "traffic-check" to warn or fail with it'
    )
  if (onTlsErrors === 'revert' && mode !== 'apply')
    throw new InputError('on-tls-errors', `revert is only used in apply mode, not in ${mode}`)
  return {
    check,
    // Fractions allowed; CloudWatch has one-minute periods, so a window rounds out to them.
    windowMinutes: readNumber(read, 'traffic-window-minutes', { fallback: 5, min: 0.25, max: 360 }),
    graceMinutes: readNumber(read, 'traffic-grace-minutes', { fallback: 5, min: 0, max: 60 }),
    onTlsErrors
  }
}
