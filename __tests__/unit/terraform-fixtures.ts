/**
 * Shared by the Terraform adapter tests: read a fixture folder as file mode would hand it to the
 * adapter, and compute the edits the way the core does (the same TLS merge as live mode).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AdaptedService, SourceText, TlsEdit } from '../../src/files/formats/adapter.js'
import { terraformAdapter, type TfHandle } from '../../src/files/terraform/adapter.js'
import { tlsBlock } from '../../src/plan/service-connect.js'
import type { DesiredTls } from '../../src/model/plan.js'
import { sameTls, tlsView } from '../../src/util/service-connect.js'

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'terraform')

export const CA =
  'arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/11111111-1111-1111-1111-111111111111'
export const ROLE = 'arn:aws:iam::111122223333:role/ecs-service-connect-tls'
export const KMS = 'arn:aws:kms:eu-west-1:111122223333:key/0b5f4b8e-1f6e-4d9a-9a7a-5c2f3e4d1a2b'

export function source(folder: string, name: string): SourceText {
  return { path: `${folder}/${name}`, text: readFileSync(join(FIXTURES, folder, name), 'utf8') }
}

/** The other files of the fixture's folder, as `others` gives them. */
export function siblings(folder: string, name: string): () => Promise<SourceText[]> {
  return () =>
    Promise.resolve(
      readdirSync(join(FIXTURES, folder))
        .filter(
          (file) =>
            file !== name && /\.(tf|tfvars)(\.json)?$/.test(file) && !file.includes('.expected.')
        )
        .map((file) => source(folder, file))
    )
}

export async function readFixture(
  folder: string,
  name = 'main.tf',
  text?: string
): Promise<{ file: SourceText; services: AdaptedService<TfHandle>[] }> {
  const file = text === undefined ? source(folder, name) : { path: `${folder}/${name}`, text }
  return { file, services: await terraformAdapter.read(file, siblings(folder, name)) }
}

/** The edits for every entry of every readable service: only entries whose TLS must change. */
export function editsFor(
  services: AdaptedService<TfHandle>[],
  desired: DesiredTls
): TlsEdit<TfHandle>[] {
  return services.flatMap((service) =>
    service.unreadable
      ? []
      : (service.config.services ?? []).flatMap((entry, index) => {
          const handle = service.entries[index]?.handle
          const before = tlsView(entry.tls)
          const after = tlsView(tlsBlock(desired, entry.tls))
          if (!handle || !after || sameTls(before, after)) return []
          return [{ entry: handle, ...(before ? { before } : {}), after }]
        })
  )
}

/** Read, edit, and the result. */
export async function applyFixture(
  folder: string,
  desired: DesiredTls,
  name = 'main.tf',
  text?: string
): Promise<string> {
  const { file, services } = await readFixture(folder, name, text)
  if (!terraformAdapter.edit) throw new Error('the Terraform adapter edits')
  return terraformAdapter.edit(file, editsFor(services, desired))
}
