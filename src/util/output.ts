/**
 * Where a run tells what happened: the log, annotations, step outputs, the verdict and the
 * report. Two implementations: the runner's (runner-output.ts, over @actions/core) and the
 * command line's (src/cli/cli-output.ts: stderr and files), so the core needs no runner.
 */

/** Where an annotation points, and its title (the runner's AnnotationProperties, in part). */
export interface AnnotationProperties {
  title?: string
  file?: string
  /** The line in `file` (1-based). */
  startLine?: number
}

export interface Output {
  info(text: string): void
  notice(text: string, properties?: AnnotationProperties): void
  warning(text: string, properties?: AnnotationProperties): void
  error(text: string, properties?: AnnotationProperties): void
  /** A collapsible log group; every startGroup is followed by an endGroup. */
  startGroup(name: string): void
  endGroup(): void
  setOutput(name: string, value: string): void
  /** Marks the run failed (exit code 1) with the reason. */
  setFailed(message: string): void
  /** The run's Markdown report, once; `file` is where the same Markdown was already written. */
  summary(markdown: string, file: string): Promise<void>
  /** The run's result document (result-file.ts), for an output that prints it (CLI `--json`). */
  result?(document: unknown): void
}
