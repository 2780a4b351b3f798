module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/entity-tagger-worker',
  rootDir: __dirname,
};
