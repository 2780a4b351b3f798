module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/messaging',
  rootDir: __dirname,
};
