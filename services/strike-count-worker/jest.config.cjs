module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/strike-count-worker',
  rootDir: __dirname,
};
