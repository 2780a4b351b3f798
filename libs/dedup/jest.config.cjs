module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/dedup',
  rootDir: __dirname,
};
