/** Every format, in the order they are tried: the most specific shape first. */
import { bareConfig } from './bare-config.js'
import { cloudFormation } from './cloudformation.js'
import type { Format } from './format.js'
import { serviceInput } from './service-input.js'
import { terraformPlan } from './terraform-plan.js'

export const FORMATS: readonly Format[] = [terraformPlan, cloudFormation, serviceInput, bareConfig]

export function detectFormat(top: Record<string, unknown>): Format | undefined {
  return FORMATS.find((format) => format.detect(top))
}

/** For the error about a file that matches none. */
export const ACCEPTED_FORMATS =
  'a create-service / update-service input JSON (with "serviceConnectConfiguration"), a bare ' +
  'Service Connect configuration JSON ("enabled", "namespace", "services"), a CloudFormation ' +
  'template in JSON or YAML ("Resources" with AWS::ECS::Service), or a Terraform plan JSON ' +
  '(terraform show -json: "resource_changes")'
