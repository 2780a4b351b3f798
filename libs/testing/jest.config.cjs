module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/testing',
  rootDir: __dirname,
};
