import { describe, expect, test } from '@jest/globals'
import type { Service } from '@aws-sdk/client-ecs'
import { resolveTarget } from '../../src/read/target.js'
import {
  CLUSTER,
  deployment,
  entry,
  richConfig,
  scConfig,
  service,
  serviceArn
} from './fixtures.js'
import type { Target } from '../../src/model/facts.js'

function failure(target: Target): Extract<Target, { ok: false }> {
  if (target.ok) throw new Error(`expected a problem, got a target for ${target.name}`)
  return target
}

describe('resolveTarget', () => {
  test('a service ECS did not find is "service-missing", naming service and cluster', () => {
    const target = failure(resolveTarget({ name: 'web' }, CLUSTER, []))
    expect(target.code).toBe('service-missing')
    expect(target.reason).toContain('"web"')
    expect(target.reason).toContain(`"${CLUSTER}"`)
    expect(target.serviceArn).toBeUndefined()
  })

  test.each(['DRAINING', 'INACTIVE'])('a %s service is "service-inactive"', (status) => {
    const target = failure(
      resolveTarget({ name: 'web', service: service('web', richConfig(), { status }) }, CLUSTER, [])
    )
    expect(target.code).toBe('service-inactive')
    expect(target.reason).toContain(status)
    expect(target.serviceArn).toBe(serviceArn('web'))
  })

  test('a service without Service Connect on its PRIMARY deployment is "no-service-connect"', () => {
    const target = failure(resolveTarget({ name: 'web', service: service('web') }, CLUSTER, []))
    expect(target.code).toBe('no-service-connect')
    expect(target.reason).toContain('PRIMARY')
    expect(target.reason).toContain('turn Service Connect on')
  })

  test('Service Connect only on an older ACTIVE deployment does not count', () => {
    const svc: Service = {
      serviceName: 'web',
      serviceArn: serviceArn('web'),
      status: 'ACTIVE',
      deployments: [
        deployment('ecs-svc/new', 'PRIMARY'),
        deployment('ecs-svc/old', 'ACTIVE', { serviceConnectConfiguration: richConfig() })
      ]
    }
    const target = failure(resolveTarget({ name: 'web', service: svc }, CLUSTER, []))
    expect(target.code).toBe('no-service-connect')
  })

  test('the PRIMARY configuration is used even when it is not the first deployment', () => {
    const config = scConfig(entry('http'))
    const svc: Service = {
      serviceName: 'web',
      serviceArn: serviceArn('web'),
      status: 'ACTIVE',
      deployments: [
        deployment('ecs-svc/old', 'ACTIVE', { serviceConnectConfiguration: richConfig() }),
        deployment('ecs-svc/new', 'PRIMARY', { serviceConnectConfiguration: config })
      ]
    }
    const target = resolveTarget({ name: 'web', service: svc }, CLUSTER, [])
    expect(target.ok && target.config).toBe(config)
  })

  test('Service Connect turned off (enabled: false) is "no-service-connect"', () => {
    const config = { ...richConfig(), enabled: false }
    const target = failure(
      resolveTarget({ name: 'web', service: service('web', config) }, CLUSTER, [])
    )
    expect(target.code).toBe('no-service-connect')
    expect(target.reason).toContain('enabled: false')
  })

  test.each([
    { why: 'no services member', config: { enabled: true, namespace: 'internal' } },
    {
      why: 'an empty services list',
      config: { enabled: true, namespace: 'internal', services: [] }
    }
  ])('a client-only service ($why) is "no-service-entries"', ({ config }) => {
    const target = failure(
      resolveTarget({ name: 'web', service: service('web', config) }, CLUSTER, [])
    )
    expect(target.code).toBe('no-service-entries')
    expect(target.reason).toContain('client only')
  })

  test('an unknown port name is "unknown-port" and the reason lists the ports there are', () => {
    const target = failure(
      resolveTarget({ name: 'web', service: service('web', richConfig()) }, CLUSTER, [
        'http',
        'metrics'
      ])
    )
    expect(target.code).toBe('unknown-port')
    expect(target.reason).toContain('"metrics"')
    expect(target.reason).not.toContain('"http"')
    expect(target.reason).toContain('http, grpc, admin')
    expect(target.reason).toContain('port-names')
  })

  test('ok: the service, its PRIMARY configuration and the chosen ports', () => {
    const svc = service('web', richConfig())
    const target = resolveTarget({ name: 'web', service: svc }, CLUSTER, ['grpc'])
    expect(target).toStrictEqual({
      ok: true,
      name: 'web',
      serviceArn: serviceArn('web'),
      service: svc,
      config: richConfig(),
      chosen: new Set(['grpc'])
    })
  })

  test('ok without port names: every entry is chosen', () => {
    const target = resolveTarget(
      { name: 'web', service: service('web', richConfig()) },
      CLUSTER,
      []
    )
    expect(target.ok && [...target.chosen]).toEqual(['http', 'grpc', 'admin'])
  })

  test('the name asked for is kept even when it was an ARN', () => {
    const arn = serviceArn('web')
    const target = resolveTarget({ name: arn, service: service('web', richConfig()) }, CLUSTER, [])
    expect(target.name).toBe(arn)
  })
})
