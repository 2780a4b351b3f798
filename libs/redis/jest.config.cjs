module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/redis',
  rootDir: __dirname,
};
