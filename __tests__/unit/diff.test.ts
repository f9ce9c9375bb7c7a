import { describe, expect, test } from '@jest/globals'
import { configurationDiff, jsonDiff, lineDiff } from '../../src/plan/diff.js'
import { CA_ARN, entry, richConfig, ROLE_ARN, scConfig, tls } from './fixtures.js'
import { withTls } from '../../src/plan/service-connect.js'

describe('lineDiff', () => {
  test('identical text gives the empty string', () => {
    expect(lineDiff('a\nb\nc', 'a\nb\nc')).toBe('')
    expect(lineDiff('', '')).toBe('')
  })

  test('a changed line shows as - then +, with context around it', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc')).toBe('  a\n- b\n+ B\n  c')
  })

  test('only `context` unchanged lines are kept each side; distant changes are split by @@', () => {
    const before = Array.from({ length: 20 }, (_, i) => `l${i + 1}`)
    const after = before.map((line) => (line === 'l2' ? 'X' : line === 'l18' ? 'Y' : line))
    expect(lineDiff(before.join('\n'), after.join('\n'))).toBe(
      [
        '  l1',
        '- l2',
        '+ X',
        '  l3',
        '  l4',
        '  l5',
        '@@',
        '  l15',
        '  l16',
        '  l17',
        '- l18',
        '+ Y',
        '  l19',
        '  l20'
      ].join('\n')
    )
  })

  test('context 0 shows changed lines only', () => {
    expect(lineDiff('a\nb\nc\nd', 'a\nb\nC\nd', 0)).toBe('- c\n+ C')
  })

  test('added lines at the end', () => {
    expect(lineDiff('a', 'a\nb\nc')).toBe('  a\n+ b\n+ c')
  })
})

describe('jsonDiff', () => {
  test('a tls block added to one entry: + lines for the block, context from the entry', () => {
    const before = scConfig(entry('http'), entry('grpc'))
    const after = scConfig({ portName: 'http', tls: tls(CA_ARN) }, entry('grpc'))
    const diff = jsonDiff(before, after)
    const lines = diff.split('\n')
    const added = lines.filter((line) => line.startsWith('+ ')).map((line) => line.slice(2).trim())
    const removed = lines
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2).trim())
    // The last member of the entry gains a comma, and the block follows it.
    expect(removed).toEqual(['"portName": "http"'])
    expect(added).toEqual([
      '"portName": "http",',
      '"tls": {',
      '"issuerCertificateAuthority": {',
      `"awsPcaAuthorityArn": "${CA_ARN}"`,
      '},',
      `"roleArn": "${ROLE_ARN}"`,
      '}'
    ])
    // Unchanged surroundings are shown as context: two spaces, then the line ('    {').
    expect(lines).toContain('      {')
    expect(lines).toContain('        "portName": "grpc"')
    expect(lines.every((line) => /^[ +-] |^@@$/.test(line))).toBe(true)
  })

  test('the rich configuration: lines are only added, none of the other members change', () => {
    const before = richConfig()
    const after = withTls(before, { caArn: CA_ARN, roleArn: ROLE_ARN }, new Set(['http']))
    const diff = jsonDiff(before, after)
    const changed = diff.split('\n').filter((line) => /^[+-] /.test(line))
    // The http entry ends with "timeout": {...}; its closing brace lines up with the closing
    // brace of the new tls block, so the shortest diff inserts "}," and the block before it.
    expect(changed.filter((line) => line.startsWith('- '))).toEqual([])
    expect(changed.some((line) => line.includes('x-canary'))).toBe(false)
    expect(changed.some((line) => line.includes('accessLogConfiguration'))).toBe(false)
    // services (2) > entry (4) > tls (6) > its members (8) > issuerCertificateAuthority's (10)
    expect(diff.split('\n')).toContain(`+ ${' '.repeat(10)}"awsPcaAuthorityArn": "${CA_ARN}"`)
    expect(diff.split('\n')).toContain(`+ ${' '.repeat(6)}"tls": {`)
  })

  test('identical configurations give the empty string', () => {
    expect(jsonDiff(richConfig(), richConfig())).toBe('')
  })
})

describe('configurationDiff', () => {
  test('each hunk is labelled with the service and the port it is in', () => {
    const before = scConfig(entry('http'), entry('admin'), entry('grpc'))
    const after = scConfig({ portName: 'http', tls: tls(CA_ARN) }, entry('admin'), {
      portName: 'grpc',
      tls: tls(CA_ARN)
    })
    const lines = configurationDiff('web', before, after).split('\n')
    expect(lines[0]).toBe('@@ web, port http @@')
    expect(lines.filter((line) => line.startsWith('@@'))).toEqual([
      '@@ web, port http @@',
      '@@ web, port grpc @@'
    ])
    // Within a port, the context is that port's entry only.
    const grpc = lines.slice(lines.indexOf('@@ web, port grpc @@'))
    expect(grpc).toContain('+   "portName": "grpc",')
    expect(grpc.some((line) => line.includes('"http"'))).toBe(false)
  })

  test('a change outside the ports gets a hunk of its own; no change gives the empty string', () => {
    const before = scConfig(entry('http'))
    expect(configurationDiff('web', before, before)).toBe('')
    const after = scConfig(entry('http'))
    after.namespace = 'other'
    const lines = configurationDiff('web', before, after).split('\n')
    expect(lines[0]).toBe('@@ web, outside the ports @@')
    expect(lines).toContain('+   "namespace": "other"')
  })
})
