/** The text edits alone: each changes the bytes of one member and nothing else. */
import { describe, expect, test } from '@jest/globals'
import { parseJson, setJsonMember } from '../../src/files/json-syntax.js'
import { splitStyle } from '../../src/files/text.js'
import { parseYaml, setYamlMember } from '../../src/files/yaml-syntax.js'

const BLOCK = { A: { B: 'arn:aws:x::1:y/z' }, C: 'r' }

function edit(
  set: typeof setJsonMember,
  raw: string,
  path: (string | number)[],
  key: string,
  value: unknown = BLOCK
): string {
  const { text, style } = splitStyle(raw)
  return style.bom + set(text, path, key, value, style)
}

describe('JSON', () => {
  test('a member is added after the last one, in the indentation of the file (tabs)', () => {
    const text = '{\n\t"s": [\n\t\t{\n\t\t\t"p": "x",\n\t\t\t"q": [1, 2]\n\t\t}\n\t]\n}\n'
    expect(edit(setJsonMember, text, ['s', 0], 't')).toBe(
      '{\n\t"s": [\n\t\t{\n\t\t\t"p": "x",\n\t\t\t"q": [1, 2],\n\t\t\t"t": {\n\t\t\t\t"A": {\n\t\t\t\t\t"B": "arn:aws:x::1:y/z"\n\t\t\t\t},\n\t\t\t\t"C": "r"\n\t\t\t}\n\t\t}\n\t]\n}\n'
    )
  })

  test('an existing member is replaced where it is; an inline object stays inline', () => {
    const text = '{"s": [{"p": "x", "t": {"old": true}, "z": 1}]}'
    expect(edit(setJsonMember, text, ['s', 0], 't')).toBe(
      '{"s": [{"p": "x", "t": {"A":{"B":"arn:aws:x::1:y/z"},"C":"r"}, "z": 1}]}'
    )
  })

  test('CRLF and a BOM stay', () => {
    const text = '\uFEFF{\r\n  "p": "x"\r\n}\r\n'
    expect(edit(setJsonMember, text, [], 't', { C: 'r' })).toBe(
      '\uFEFF{\r\n  "p": "x",\r\n  "t": {\r\n    "C": "r"\r\n  }\r\n}\r\n'
    )
  })

  test('parse errors give line and column', () => {
    expect(() => parseJson('{\n  "a": 1,\n  "b" 2\n}')).toThrow(
      'not valid JSON: ColonExpected at line 3, column 7'
    )
  })
})

describe('YAML', () => {
  test('a member is added at the column of the map keys, comments and tags untouched', () => {
    const text = [
      'S:',
      '  - P: x # port',
      '    Q: [1, 2]',
      '    R: !Ref Thing',
      '  # the next one',
      '  - P: y',
      ''
    ].join('\n')
    expect(edit(setYamlMember, text, ['S', 0], 'T')).toBe(
      [
        'S:',
        '  - P: x # port',
        '    Q: [1, 2]',
        '    R: !Ref Thing',
        '    T:',
        '      A:',
        '        B: arn:aws:x::1:y/z',
        '      C: r',
        '  # the next one',
        '  - P: y',
        ''
      ].join('\n')
    )
  })

  test('an existing block is replaced; what follows it stays', () => {
    const text = 'M:\r\n  T:\r\n    Old: 1\r\n  U: 2\r\n'
    expect(edit(setYamlMember, text, ['M'], 'T', { C: 'r' })).toBe(
      'M:\r\n  T:\r\n    C: r\r\n  U: 2\r\n'
    )
  })

  test('a flow map gets a flow member', () => {
    const text = 'S: [{P: x}, {P: y, T: {Old: 1}}]\n'
    const once = edit(setYamlMember, text, ['S', 0], 'T', { C: 'r' })
    expect(edit(setYamlMember, once, ['S', 1], 'T', { C: 'r' })).toBe(
      'S: [{P: x, T: { C: r }}, {P: y, T: { C: r }}]\n'
    )
  })

  test('short-form intrinsics are read in their long form', () => {
    expect(parseYaml('A: !Ref X\nB: !GetAtt [R, Arn]\nC: !Sub "${X}"\n')).toEqual({
      A: { Ref: 'X' },
      B: { 'Fn::GetAtt': ['R', 'Arn'] },
      C: { 'Fn::Sub': '${X}' }
    })
  })
})
