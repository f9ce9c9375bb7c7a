/**
 * StopServiceDeployment, for apply's revert only: ROLLBACK puts the previous service revision
 * back while the deployment is still in progress (API reference; guide "Stopping Amazon ECS
 * service deployments"). Handed out in apply mode alone, like the ECS writer.
 */
import { type ECSClient, StopServiceDeploymentCommand } from '@aws-sdk/client-ecs'
import { explainDenied } from '../util/errors.js'
import { withSignal } from './abort.js'

export interface DeploymentStopper {
  rollBack(serviceDeploymentArn: string): Promise<void>
}

export function createDeploymentStopper(ecs: ECSClient, signal?: AbortSignal): DeploymentStopper {
  const client = withSignal(ecs, signal)
  return {
    async rollBack(serviceDeploymentArn) {
      await client
        .send(new StopServiceDeploymentCommand({ serviceDeploymentArn, stopType: 'ROLLBACK' }))
        .catch((error: unknown) => {
          throw explainDenied(error, {
            call: 'StopServiceDeployment',
            resource: `service deployment ${serviceDeploymentArn}`,
            permission: 'ecs:StopServiceDeployment'
          })
        })
    }
  }
}
