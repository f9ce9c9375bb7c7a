/**
 * The action's face: inputs → read → checks/plan → act → report, from live services (AWS
 * gateways) or from files (format adapters), and the fleet modes (discover, report). Inputs are
 * validated before any AWS code is even loaded; each mode gets only the gateways it may use. Only what leads to
 * the first ECS request is imported here; the later stages load once it is sent (start-up
 * figures in README).
 */
import { loadGateways } from './aws/gateways.js'
import { errorText, runErrorText } from './util/errors.js'
import type { Inputs } from './inputs/inputs.js'
import { parseAnyInputs, type ReportInputs } from './inputs/report-inputs.js'
import { readInput } from './inputs/runner-env.js'
import { readFacts } from './read/read.js'
import { loadToolkit, type Toolkit } from './util/toolkit.js'
import type { RunOutput } from './model/result.js'

async function runLive(
  inputs: Inputs,
  signal: AbortSignal,
  toolkit: () => Promise<Toolkit>
): Promise<RunOutput> {
  const gateways = await loadGateways(inputs, signal)
  const facts = await readFacts(inputs, gateways.read)
  const [core, { runMode }] = await Promise.all([toolkit(), import('./act/run-mode.js')])
  return runMode(facts, inputs, gateways, signal, core)
}

/** File mode: no AWS client at all. */
async function runFiles(inputs: Inputs, toolkit: () => Promise<Toolkit>): Promise<RunOutput> {
  const [core, { runDefinitionFile }] = await Promise.all([toolkit(), import('./act/file-mode.js')])
  return {
    result: await runDefinitionFile(inputs, (line) => {
      core.info(line)
    })
  }
}

/**
 * Runs the pipeline. index.ts hands over the inputs it has already parsed and validated; called
 * without them (as `@github/local-action` calls it), run() reads the INPUT_* variables itself.
 * The command line (src/cli/) passes its own Output; the runner's loads by default.
 */
export async function run(
  given?: Inputs | ReportInputs,
  loadOutput: () => Promise<Toolkit> = loadToolkit
): Promise<void> {
  let inputs: Inputs | ReportInputs
  try {
    inputs = given ?? parseAnyInputs((name) => readInput(name))
  } catch (error) {
    ;(await loadOutput()).setFailed(errorText(error))
    return
  }
  // The input warnings come first in the log, whenever the toolkit is first needed: a live run
  // loads it once ECS has answered its first read (see toolkit.ts).
  const warnings = inputs.warnings ?? []
  const toolkit = async (): Promise<Toolkit> => {
    const core = await loadOutput()
    for (const warning of warnings.splice(0)) core.warning(warning, { title: 'Inputs' })
    return core
  }
  if (inputs.mode === 'report') {
    try {
      await (await import('./fleet/report-mode.js')).runReport(inputs, await toolkit())
    } catch (error) {
      ;(await toolkit()).setFailed(runErrorText(error))
    }
    return
  }
  const controller = new AbortController()
  const cancel = (): void => {
    controller.abort()
    void toolkit().then((core) => {
      core.warning('Cancellation requested: reporting the state of every service now.')
    })
  }
  process.on('SIGINT', cancel)
  process.on('SIGTERM', cancel)
  try {
    if (inputs.mode === 'discover') {
      await (await import('./discover/run.js')).runDiscover(inputs, controller.signal, toolkit)
      return
    }
    const output = inputs.serviceDefinition
      ? await runFiles(inputs, toolkit)
      : await runLive(inputs, controller.signal, toolkit)
    const [core, { finish }] = await Promise.all([toolkit(), import('./report/finish.js')])
    const { result, ...verdict } = await finish(output, inputs, core)
    if (inputs.resultFile || core.result)
      await (await import('./fleet/result-file.js')).writeResult(inputs, result, verdict, core)
  } catch (error) {
    if (controller.signal.aborted) {
      const [core, { reportCancelledRead }] = await Promise.all([
        toolkit(),
        import('./report/finish.js')
      ])
      await reportCancelledRead(inputs, core)
    } else {
      const core = await toolkit()
      // A job that errored still leaves a result, so the fleet report shows it failed, not lost.
      if (inputs.resultFile || core.result)
        await (
          await import('./fleet/result-file.js')
        ).writeResult(inputs, undefined, { passed: false, error: runErrorText(error) }, core)
      core.setFailed(runErrorText(error))
    }
  } finally {
    process.off('SIGINT', cancel)
    process.off('SIGTERM', cancel)
  }
  // A cancelled SDK call may still hold a retry timer; the runner kills the step soon after
  // the signal, so leave now that everything is reported.
  if (controller.signal.aborted) process.exit(1)
}
