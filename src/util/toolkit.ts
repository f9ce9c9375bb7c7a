/**
 * The runner toolkit (@actions/core), loaded when first needed rather than at start: with its
 * HTTP stack it is about half a megabyte of code, and a live run has its first AWS request on
 * the wire before it loads (README "Performance").
 */
import type * as Core from '@actions/core'

export type Toolkit = typeof Core

let loading: Promise<Toolkit> | undefined

/** The same module every time; the first call loads it. */
export function loadToolkit(): Promise<Toolkit> {
  loading ??= import('@actions/core')
  return loading
}
