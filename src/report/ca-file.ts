/** Writes the CA certificate and chain to a file later steps can hand to `--cacert`. */
import { mkdir, writeFile } from 'node:fs/promises'
import { runnerTemp } from '../util/temp.js'
import { join } from 'node:path'
import { pemBundle } from '../util/pem.js'
import type { CaDetails } from '../model/facts.js'

export async function writeCaFile(ca: CaDetails, directory = runnerTemp()): Promise<string> {
  const folder = join(directory, 'ecs-service-connect-tls')
  await mkdir(folder, { recursive: true })
  const path = join(folder, `${ca.arn.slice(ca.arn.lastIndexOf('/') + 1)}.pem`)
  await writeFile(path, pemBundle(ca.certificatePem, ca.chainPem))
  return path
}
