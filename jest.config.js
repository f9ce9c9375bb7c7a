/**
 * Jest runs the TypeScript sources as ES modules through ts-jest, in two projects:
 * - unit: the unit tests and the emulator's own tests, which never touch dist/;
 * - e2e: the bundled dist/ run as the runner runs it. Its globalSetup rebuilds dist/ when the
 *   sources are newer, and Jest runs a project's globalSetup only when at least one test of that
 *   project is in the run, so a unit test alone never waits for a build.
 */
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }
    ]
  },
  // No test file leaves its runs' temporary folders behind.
  setupFilesAfterEnv: ['<rootDir>/__tests__/harness/cleanup.ts'],
  clearMocks: true
}

export default {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/e2e/']
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/__tests__/harness/global-setup.ts'
    }
  ],
  reporters: ['default', '<rootDir>/__tests__/harness/closing-line-reporter.cjs'],
  // Only a guard against hangs, generous so that a loaded machine never trips it; a global
  // option (Jest ignores it inside `projects`).
  testTimeout: 180_000
}
