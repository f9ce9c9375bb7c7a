/**
 * The source tree keeps one direction: inputs → read → checks/plan → act → report. A stage may
 * import from the stages before it, from the domain (`model/`, types only, importing nothing) and from `util/` (which may use the domain's types), never from a
 * stage after it. Sources know no stage: AWS gateways (`aws/`) and format adapters (`files/`)
 * import only the domain and utilities, and only the stages that call AWS (read, act) and the
 * faces may import a gateway. Type imports count too: a type that several stages share belongs
 * in `model/`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

const SRC = resolve('src')

type Layer =
  | 'face'
  | 'util'
  | 'model'
  | 'aws'
  | 'files'
  | 'inputs'
  | 'read'
  | 'checks'
  | 'plan'
  | 'act'
  | 'report'
  | 'fleet'

/** What each layer may import (besides itself). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  face: [
    'util',
    'model',
    'aws',
    'files',
    'inputs',
    'read',
    'checks',
    'plan',
    'act',
    'report',
    'fleet'
  ],
  util: ['model'],
  model: [],
  aws: ['model', 'util'],
  files: ['model', 'util'],
  inputs: ['model', 'util'],
  read: ['inputs', 'model', 'util', 'aws', 'files'],
  checks: ['inputs', 'model', 'util', 'plan'],
  plan: ['inputs', 'model', 'util', 'checks'],
  act: ['inputs', 'read', 'checks', 'plan', 'model', 'util', 'aws', 'files'],
  report: ['inputs', 'read', 'checks', 'plan', 'act', 'model', 'util'],
  fleet: ['inputs', 'read', 'checks', 'plan', 'act', 'report', 'model', 'util', 'aws', 'files']
}

function layerOf(file: string): Layer {
  const path = relative(SRC, file).split(sep)
  if (path.length === 1) return 'face'
  const top = path[0] as string
  if (top === 'cli') return 'face'
  if (top in ALLOWED) return top as Layer
  throw new Error(`${relative('.', file)}: src/${top}/ is not a known layer; add it to this test`)
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Every relative import of a file (static, dynamic, re-exports; types included). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  return info.importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')))
}

const files = sourceFiles(SRC)

describe('import direction', () => {
  test('the tree has files in every layer it names', () => {
    const layers = new Set(files.map(layerOf))
    for (const layer of [
      'model',
      'util',
      'aws',
      'files',
      'read',
      'checks',
      'plan',
      'act',
      'report'
    ])
      expect(layers).toContain(layer)
  })

  test('no import runs back up the pipeline, and sources know no stage', () => {
    const wrong: string[] = []
    for (const file of files) {
      const from = layerOf(file)
      for (const target of importsOf(file)) {
        const to = layerOf(target)
        if (to !== from && !ALLOWED[from].includes(to))
          wrong.push(`${relative(SRC, file)} (${from}) imports ${relative(SRC, target)} (${to})`)
      }
    }
    expect(wrong).toEqual([])
  })

  test('the domain holds types only', () => {
    const runtime: string[] = []
    for (const file of files.filter((path) => layerOf(path) === 'model')) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
      for (const statement of source.statements) {
        const typeOnly =
          ts.isInterfaceDeclaration(statement) ||
          ts.isTypeAliasDeclaration(statement) ||
          (ts.isImportDeclaration(statement) &&
            statement.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword) ||
          (ts.isExportDeclaration(statement) && statement.isTypeOnly)
        if (!typeOnly)
          runtime.push(`${relative(SRC, file)}: ${statement.getText(source).slice(0, 60)}`)
      }
    }
    expect(runtime).toEqual([])
  })
})
