/**
 * The runner's Output (runner-output.ts over @actions/core), loaded when first needed rather
 * than at start: with its HTTP stack the toolkit is about half a megabyte of code, and a live
 * run has its first AWS request on the wire before it loads (README "Performance").
 */
import type { Output } from './output.js'

/** What the pipeline reports through; the command line passes its own (src/cli/). */
export type Toolkit = Output

let loading: Promise<Toolkit> | undefined

/** The same object every time; the first call loads it. */
export function loadToolkit(): Promise<Toolkit> {
  loading ??= import('./runner-output.js').then((module) => module.runnerOutput)
  return loading
}
