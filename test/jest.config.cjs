module.exports = {
  ...require('../jest.preset.cjs'),
  displayName: '@wirestream/e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
};
