module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/segmenter-worker',
  rootDir: __dirname,
};
