module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/dedup-worker',
  rootDir: __dirname,
};
