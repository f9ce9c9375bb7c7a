/** Random identifiers in the formats AWS uses. */
import { randomBytes, randomInt, randomUUID } from 'node:crypto'

export const uuid = (): string => randomUUID()

/** ECS deployment ids look like ecs-svc/1234567890123456789 (19 digits). */
export function deploymentId(): string {
  let digits = String(randomInt(1, 10))
  while (digits.length < 19) digits += String(randomInt(0, 10))
  return `ecs-svc/${digits}`
}

/** ECS task ids are 32 lowercase hex characters. */
export const taskId = (): string => randomBytes(16).toString('hex')

/** IAM unique ids: a 4-letter prefix (AROA for roles) and 17 upper-case alphanumerics. */
export function iamUniqueId(prefix: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let id = prefix
  while (id.length < 21) id += alphabet[randomInt(0, alphabet.length)] ?? 'A'
  return id
}

/** Cloud Map service ids: srv- and 16 lowercase alphanumerics. */
export function cloudMapServiceId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  let id = 'srv-'
  while (id.length < 20) id += alphabet[randomInt(0, alphabet.length)] ?? 'a'
  return id
}

/** Service deployment ids (last ARN segment): 21 letters and digits. */
export function serviceDeploymentId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  let id = ''
  while (id.length < 21) id += alphabet[randomInt(0, alphabet.length)] ?? 'a'
  return id
}

/** Service revision ids (last ARN segment): 19 digits, like deployment ids. */
export function serviceRevisionId(): string {
  return deploymentId().slice('ecs-svc/'.length)
}
