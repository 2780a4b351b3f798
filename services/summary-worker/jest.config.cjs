module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/summary-worker',
  rootDir: __dirname,
  passWithNoTests: true,
};
