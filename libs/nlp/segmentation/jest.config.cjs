module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: '@wirestream/nlp-segmentation',
  rootDir: __dirname,
};
