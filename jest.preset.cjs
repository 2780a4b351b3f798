// Shared jest settings: TypeScript through swc (fast, no type-check: `typecheck` does that),
// and workspace packages resolved to their sources through the custom export condition.
const fs = require('node:fs');
const path = require('node:path');

// eld (language detection) ships only ES modules behind an import-only exports map: map its entry to
// the file and let swc turn it into CommonJS for jest. Production code loads it with import().
const eldEntry = require.resolve
  .paths('eld')
  .map((dir) => path.join(dir, 'eld'))
  .find((dir) => fs.existsSync(path.join(dir, 'package.json')));

const typescript = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['@wirestream/source', 'node', 'require', 'default'] },
  transform: {
    '^.+\\.ts$': typescript,
    '^.+/eld/src/.+\\.js$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!eld/)'],
  moduleNameMapper: eldEntry
    ? { '^eld/extrasmall$': path.join(eldEntry, 'src/entries/static.extrasmall.js') }
    : {},
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '\\.int\\.spec\\.ts$', '\\.e2e\\.spec\\.ts$'],
};
