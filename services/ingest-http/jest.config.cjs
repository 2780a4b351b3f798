module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/ingest-http',
  rootDir: __dirname,
};
