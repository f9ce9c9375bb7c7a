/** Writes the CA certificate and chain to a file later steps can hand to `--cacert`. */
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CaDetails } from '../checks/ca.js'
import { pemBundle } from '../checks/certificate.js'

export async function writeCaFile(
  ca: CaDetails,
  directory = process.env.RUNNER_TEMP || tmpdir()
): Promise<string> {
  const folder = join(directory, 'ecs-service-connect-tls')
  await mkdir(folder, { recursive: true })
  const path = join(folder, `${ca.arn.slice(ca.arn.lastIndexOf('/') + 1)}.pem`)
  await writeFile(path, pemBundle(ca.certificatePem, ca.chainPem))
  return path
}
