/**
 * The STS gateway: who the run's credentials belong to (GetCallerIdentity, which needs no
 * permission). Loaded only when a run writes a result file, which records the account.
 */
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { clientSettings } from './clients.js'
import { withSignal } from './abort.js'
import { errorText } from '../util/errors.js'

export interface CallerIdentity {
  account?: string
  arn?: string
  /** The Region the SDK resolved (the cluster ARN's, else the usual chain: AWS_REGION, profile). */
  region?: string
  /** Why the account is unknown: GetCallerIdentity failed (a result file records it). */
  error?: string
}

export async function readCallerIdentity(
  region?: string,
  signal?: AbortSignal
): Promise<CallerIdentity> {
  const client = withSignal(new STSClient(clientSettings(region)), signal)
  const resolved = await client.config.region().catch(() => undefined)
  try {
    const answer = await client.send(new GetCallerIdentityCommand({}))
    return {
      ...(answer.Account ? { account: answer.Account } : {}),
      ...(answer.Arn ? { arn: answer.Arn } : {}),
      ...(resolved ? { region: resolved } : {})
    }
  } catch (error) {
    return {
      error: errorText(error),
      ...(resolved ? { region: resolved } : {})
    }
  } finally {
    client.destroy()
  }
}
