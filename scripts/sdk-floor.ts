/**
 * Benchmark aid: the least a program can do to get an ECS answer with the AWS SDK, a client and
 * one DescribeServices call. `npm run bench` bundles it with ncc like the action and times it
 * to its first AWS answer: the floor under the action's own start-up time.
 */
import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs'

const client = new ECSClient({})
await client.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] }))
