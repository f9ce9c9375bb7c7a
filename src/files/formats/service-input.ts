/**
 * create-service / update-service input JSON (`--cli-input-json`, ecspresso, the AWS CLI
 * skeleton): a top-level `serviceConnectConfiguration` in the ECS API's own camelCase.
 */
import { type FileService, type Format, isObject, nonEmpty } from './format.js'
import { CAMEL_KEYS, readConfiguration } from './bare-config.js'

export const serviceInput: Format = {
  id: 'service-input',
  label: 'create-service / update-service input JSON',
  detect: (top) => 'serviceConnectConfiguration' in top,
  services(top, fallbackName): FileService[] {
    // The AWS CLI skeleton has "serviceName": "": fall back to the file name.
    const name = nonEmpty(top.serviceName)
      ? top.serviceName
      : nonEmpty(top.service)
        ? top.service
        : fallbackName
    const controller = isObject(top.deploymentController)
      ? top.deploymentController.type
      : undefined
    const service = readConfiguration(
      top.serviceConnectConfiguration,
      ['serviceConnectConfiguration'],
      name
    )
    return [
      {
        ...service,
        selectors: [name],
        where: 'serviceConnectConfiguration',
        ...(typeof controller === 'string' ? { deploymentController: controller } : {})
      }
    ]
  },
  keys: CAMEL_KEYS,
  writable: true
}
