module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/contracts',
  rootDir: __dirname,
};
