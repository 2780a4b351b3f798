module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/observability',
  rootDir: __dirname,
};
