/**
 * `npm run emulator`: the local AWS emulator with the demo's sample cluster, and the GitHub API
 * stub, on fixed ports, until Ctrl-C. Prints the environment that points `node dist/index.js`
 * (or `@github/local-action`) at them, then each call they receive.
 *
 *   npm run emulator -- [--port 5566] [--github-port 5567] [--dotenv .env]
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startEmulator } from '../__tests__/emulator/index.js'
import { applyInputs, DEMO_FLEET, seedFleet } from '../__tests__/harness/fleet.js'
import { startGitHubStub } from '../__tests__/harness/github-stub.js'
import { inputEnv } from '../__tests__/harness/run-action.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5566' },
    'github-port': { type: 'string', default: '5567' },
    dotenv: { type: 'string' }
  }
})

const emulator = await startEmulator({ port: Number(values.port), rolloutMs: 3000 })
const github = await startGitHubStub(Number(values['github-port']))
const fleet = await seedFleet(emulator, DEMO_FLEET)
// Commas, not newlines, between the services: the values fit on one line of a shell or .env.
// The emulator seeds no traffic, so a traffic check would only watch a real window for nothing.
const inputs = applyInputs(fleet, { service: fleet.services.join(','), 'traffic-check': 'off' })

const env: Record<string, string> = {
  ...emulator.env(),
  // A pull_request event, so `github-token` in plan or verify posts a comment to the stub.
  ...github.pullRequestEnv(1),
  ...inputEnv(inputs)
}
const out = (text: string): boolean => process.stdout.write(`${text}\n`)
out(`AWS emulator:    ${emulator.url} (ECS, ACM-PCA, KMS, IAM)`)
out(`GitHub API stub: ${github.url} (pull request #1 of octo-org/octo-repo)`)
out(`Cluster "${fleet.cluster}": ${fleet.services.join(', ')}; a Private CA, a KMS key and a role.`)
out('')
out('In another shell, from the repository (after `npm run package`), run an apply with:')
out('')
// `env` rather than `export`: input names keep their hyphens, which a shell variable cannot.
out('env \\')
for (const [name, value] of Object.entries(env)) out(`  '${name}=${value}' \\`)
out('  node dist/index.js')
out('')
out("Add 'INPUT_MODE=plan' or 'INPUT_MODE=verify' before node to try the other modes, and")
out("'INPUT_GITHUB-TOKEN=x' with either to post the pull request comment to the stub.")
if (values['dotenv']) {
  const lines = Object.entries(env).map(([name, value]) => `${name}=${JSON.stringify(value)}`)
  writeFileSync(values['dotenv'], `${lines.join('\n')}\n`)
  out(`\nThe same variables are in ${values['dotenv']} (for @github/local-action).`)
}
out('\nCalls received (Ctrl-C to stop):')

// A development console, not a test: showing new calls twice a second is plenty.
let shownCalls = 0
let shownComments = 0
const ticker = setInterval(() => {
  for (const call of emulator.calls.slice(shownCalls))
    out(`  AWS ${call.operation} -> ${call.status}`)
  shownCalls = emulator.calls.length
  for (const comment of github.comments.slice(shownComments))
    out(`  GitHub: comment ${comment.id} (${comment.body.length} characters)`)
  shownComments = github.comments.length
}, 500)

const stop = (): void => {
  clearInterval(ticker)
  // Closing the stub also removes the folder of its event file.
  void Promise.all([emulator.close(), github.close()]).then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
