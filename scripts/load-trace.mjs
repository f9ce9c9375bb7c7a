// Benchmark aid, loaded with `node --import`: appends "<epoch ms> <bytes> <file>" to the file
// named by LOAD_TRACE_FILE for every module of dist/ that the action loads, so the benchmark
// can tell how much of the bundle was loaded before the first AWS response.
import { register } from 'node:module'

const hook = `
import { appendFileSync } from 'node:fs'
const trace = process.env.LOAD_TRACE_FILE
export async function load(url, context, next) {
  const result = await next(url, context)
  if (trace && url.includes('/dist/'))
    appendFileSync(trace, Date.now() + ' ' + (result.source?.length ?? 0) + ' ' + url + '\\n')
  return result
}
`
register(`data:text/javascript,${encodeURIComponent(hook)}`)
