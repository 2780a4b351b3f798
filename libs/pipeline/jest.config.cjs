module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/pipeline',
  rootDir: __dirname,
};
