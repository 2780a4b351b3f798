module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: '@wirestream/nlp-strike-count',
  rootDir: __dirname,
};
