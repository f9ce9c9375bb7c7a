/** Where a run keeps files for later steps: the runner's temporary folder, else the system's. */
import { tmpdir } from 'node:os'

export function runnerTemp(): string {
  return process.env.RUNNER_TEMP || tmpdir()
}
