module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: '@wirestream/nlp-text',
  rootDir: __dirname,
};
