import { describe, expect, test } from '@jest/globals'
import {
  allowedRange,
  communitySource,
  TLS_FROM,
  tlsSupport
} from '../../src/files/terraform/module-versions.js'
import { quoteHcl, renderValue } from '../../src/files/terraform/expression.js'
import { isTerraformReference } from '../../src/util/terraform-reference.js'

describe('community module version constraints', () => {
  test.each([
    ['6.2.1', 'yes'],
    ['= 6.3.0', 'yes'],
    ['>= 6.2.1', 'yes'],
    ['~> 7.0', 'yes'],
    ['6.2.0', 'no'],
    ['~> 5.11', 'no'],
    ['< 6.2.1', 'no'],
    ['>= 5.0, < 6.0', 'no'],
    ['~> 6.0', 'some'],
    ['~> 6.2.0', 'some'],
    ['>= 5.0', 'some'],
    ['v6.2.1', 'yes']
  ])('%s: %s', (constraint, support) => {
    expect(tlsSupport(constraint, TLS_FROM.this)).toBe(support)
  })

  test('ignore_task_definition was fixed one release later', () => {
    expect(tlsSupport('6.2.1', TLS_FROM.ignore_task_definition)).toBe('no')
    expect(tlsSupport('6.2.2', TLS_FROM.ignore_task_definition)).toBe('yes')
  })

  test('~> with three parts allows patches, with two parts minors', () => {
    expect(allowedRange('~> 6.2.1')).toEqual({ low: [6, 2, 1], high: [6, 3, 0] })
    expect(allowedRange('~> 6.2')).toEqual({ low: [6, 2, 0], high: [7, 0, 0] })
    expect(allowedRange('latest')).toBeUndefined()
  })

  test('registry and GitHub sources of the service submodule, with a ref', () => {
    expect(communitySource('terraform-aws-modules/ecs/aws//modules/service')).toEqual({})
    expect(
      communitySource(
        'git::https://github.com/terraform-aws-modules/terraform-aws-ecs.git//modules/service?ref=v6.3.0'
      )
    ).toEqual({ ref: 'v6.3.0' })
    expect(
      communitySource('github.com/terraform-aws-modules/terraform-aws-ecs//modules/service')
    ).toEqual({})
    expect(communitySource('terraform-aws-modules/ecs/aws')).toBeUndefined()
    expect(communitySource('../../modules/service')).toBeUndefined()
  })
})

describe('values as written into .tf files', () => {
  test.each([
    ['var.ca_arn', true],
    ['local.tls.role', true],
    ['aws_acmpca_certificate_authority.sc.arn', true],
    ['module.pca.arn', true],
    ['aws_iam_role.tls[0].arn', true],
    ['local.tls["role"]', true],
    ['arn:aws:iam::111122223333:role/x', false],
    ['ca_arn', false],
    ['try(var.x, null)', false],
    ['var.a + var.b', false]
  ])('%s is a reference: %s', (text, reference) => {
    expect(isTerraformReference(text)).toBe(reference)
  })

  test('a literal is quoted with HCL escapes, a reference written bare', () => {
    expect(renderValue('var.ca_arn')).toBe('var.ca_arn')
    expect(renderValue('arn:aws:kms:eu-west-1:111122223333:key/x')).toBe(
      '"arn:aws:kms:eu-west-1:111122223333:key/x"'
    )
    expect(quoteHcl('a"b\\c${d}%{e}')).toBe('"a\\"b\\\\c$${d}%%{e}"')
  })
})
