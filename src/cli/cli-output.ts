/**
 * The command line's Output: the log and annotations on stderr, so stdout carries only what was
 * asked for (the Markdown report, or the JSON with --json); outputs are kept for --json.
 */
import { writeFile } from 'node:fs/promises'
import type { AnnotationProperties, Output } from '../util/output.js'

export interface CliOutput extends Output {
  /** Everything setOutput was given. */
  readonly outputs: Map<string, string>
  /** Whether a result document was printed (apply, plan and verify print one with --json). */
  printedResult: boolean
  failed: boolean
}

export interface CliOutputOptions {
  json: boolean
  reportFile?: string
  stdout?: (text: string) => void
  stderr?: (text: string) => void
}

export function createCliOutput(options: CliOutputOptions): CliOutput {
  const stdout = options.stdout ?? ((text: string) => void process.stdout.write(text))
  const stderr = options.stderr ?? ((text: string) => void process.stderr.write(text))
  let indent = ''
  const line = (text: string): void => {
    stderr(`${text.replace(/^/gm, indent)}\n`)
  }
  const annotated =
    (label: string) =>
    (text: string, properties?: AnnotationProperties): void => {
      const where = properties?.file ? ` (${properties.file})` : ''
      const title = properties?.title ? `${properties.title}${where}: ` : where ? `${where}: ` : ''
      line(`${label}: ${title}${text}`)
    }
  const output: CliOutput = {
    outputs: new Map(),
    printedResult: false,
    failed: false,
    info: line,
    notice: annotated('notice'),
    warning: annotated('warning'),
    error: annotated('error'),
    startGroup(name) {
      line(name)
      indent = '  '
    },
    endGroup() {
      indent = ''
    },
    setOutput(name, value) {
      output.outputs.set(name, value)
    },
    setFailed(message) {
      output.failed = true
      process.exitCode = 1
      line(`error: ${message}`)
    },
    async summary(markdown, file) {
      const target = options.reportFile ?? (options.json ? undefined : '-')
      if (target === '-') stdout(markdown.endsWith('\n') ? markdown : `${markdown}\n`)
      else if (target) {
        await writeFile(target, markdown)
        line(`Report written to ${target}`)
      } else line(`Report written to ${file}`)
    },
    result(document) {
      if (!options.json) return
      output.printedResult = true
      stdout(`${JSON.stringify(document, null, 2)}\n`)
    }
  }
  return output
}
