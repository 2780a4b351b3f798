// Integration (*.int.spec.ts) and end-to-end (test/e2e/*.e2e.spec.ts) tests on a real Kafka
// broker and Redis, started once for the run (test/setup). Run serially: they share the broker.
const preset = require('./jest.preset.cjs');

const project = (rootDir, displayName, testMatch) => ({
  ...preset,
  rootDir,
  displayName,
  testMatch,
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
});

module.exports = {
  globalSetup: '<rootDir>/test/setup/global-setup.cjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.cjs',
  testTimeout: 120_000,
  projects: [
    project('<rootDir>/libs', 'integration', ['<rootDir>/**/src/**/*.int.spec.ts']),
    project('<rootDir>/services', 'services', ['<rootDir>/**/src/**/*.int.spec.ts']),
    project('<rootDir>/test', 'e2e', [
      '<rootDir>/e2e/**/*.e2e.spec.ts',
      '<rootDir>/integration/**/*.int.spec.ts',
    ]),
  ],
};
