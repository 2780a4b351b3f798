module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: '@wirestream/nlp-entities',
  rootDir: __dirname,
};
