/** The runner's Output: workflow commands, step outputs and the job summary through @actions/core. */
import * as core from '@actions/core'
import type { Output } from './output.js'

export const runnerOutput: Output = {
  info: (text) => {
    core.info(text)
  },
  notice: (text, properties) => {
    core.notice(text, properties)
  },
  warning: (text, properties) => {
    core.warning(text, properties)
  },
  error: (text, properties) => {
    core.error(text, properties)
  },
  startGroup: (name) => {
    core.startGroup(name)
  },
  endGroup: () => {
    core.endGroup()
  },
  setOutput: (name, value) => {
    core.setOutput(name, value)
  },
  setFailed: (message) => {
    core.setFailed(message)
  },
  async summary(markdown, file) {
    // Outside a runner (a local try-out) there is no summary file to write to.
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write()
    else core.info(`Report written to ${file}`)
  }
}
