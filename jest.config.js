/** Jest runs the TypeScript sources as ES modules through ts-jest. */
export default {
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }
    ]
  },
  globalSetup: './__tests__/harness/global-setup.ts',
  setupFilesAfterEnv: ['./__tests__/harness/cleanup.ts'],
  reporters: ['default', '<rootDir>/__tests__/harness/closing-line-reporter.cjs'],
  clearMocks: true,
  testTimeout: 60000
}
