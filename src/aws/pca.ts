/** The ACM-PCA gateway: read-only by nature (the action never changes a CA). */
import {
  ACMPCAClient,
  DescribeCertificateAuthorityCommand,
  GetCertificateAuthorityCertificateCommand,
  ListTagsCommand
} from '@aws-sdk/client-acm-pca'
import { parseArn } from '../util/arn.js'
import { describeCertificate } from '../util/pem.js'
import { clientSettings } from './clients.js'
import { withSignal } from './abort.js'
import type { CaDetails } from '../model/facts.js'

export interface PcaReader {
  /** The CA, its certificate and (when `withTags`) its tags. */
  readCertificateAuthority(arn: string, withTags: boolean): Promise<CaDetails>
  /** The CA's tags (ListTags, all pages). */
  listTags(arn: string): Promise<Record<string, string>>
  /** Only the certificate and chain of a CA (e.g. one a port uses now). */
  readCertificate(arn: string): Promise<{ certificatePem: string; chainPem: string }>
}

/**
 * Each call talks to the CA's own Region, which may differ from the cluster's: one client per
 * Region, the first for the CA the run was given.
 */
export function createPcaReader(caArn: string, signal?: AbortSignal): PcaReader {
  const clients = new Map<string, ACMPCAClient>()
  const clientFor = (arn: string): ACMPCAClient => {
    const region = parseArn(arn)?.region ?? parseArn(caArn)?.region ?? ''
    let client = clients.get(region)
    if (!client)
      clients.set(
        region,
        (client = withSignal(new ACMPCAClient(clientSettings(region || undefined)), signal))
      )
    return client
  }
  const readTags = async (arn: string): Promise<Record<string, string>> => {
    const client = clientFor(arn)
    const tags: Record<string, string> = {}
    let NextToken: string | undefined
    do {
      const output = await client.send(
        new ListTagsCommand({ CertificateAuthorityArn: arn, ...(NextToken ? { NextToken } : {}) })
      )
      for (const tag of output.Tags ?? []) if (tag.Key) tags[tag.Key] = tag.Value ?? ''
      NextToken = output.NextToken
    } while (NextToken)
    return tags
  }
  return {
    listTags: readTags,
    async readCertificate(arn) {
      const output = await clientFor(arn).send(
        new GetCertificateAuthorityCertificateCommand({ CertificateAuthorityArn: arn })
      )
      return { certificatePem: output.Certificate ?? '', chainPem: output.CertificateChain ?? '' }
    },
    async readCertificateAuthority(arn, withTags) {
      const client = clientFor(arn)
      const [described, certificate, tags] = await Promise.all([
        client.send(new DescribeCertificateAuthorityCommand({ CertificateAuthorityArn: arn })),
        client.send(
          new GetCertificateAuthorityCertificateCommand({ CertificateAuthorityArn: arn })
        ),
        withTags ? readTags(arn) : Promise.resolve(undefined)
      ])
      const ca = described.CertificateAuthority
      const pem = certificate.Certificate ?? ''
      const details: CaDetails = {
        arn,
        certificatePem: pem,
        chainPem: certificate.CertificateChain ?? '',
        ...describeCertificate(pem),
        status: ca?.Status ?? '',
        type: ca?.Type ?? '',
        usageMode: ca?.UsageMode ?? '',
        keyAlgorithm: ca?.CertificateAuthorityConfiguration?.KeyAlgorithm ?? ''
      }
      if (ca?.OwnerAccount) details.ownerAccount = ca.OwnerAccount
      if (tags) details.tags = tags
      return details
    }
  }
}
