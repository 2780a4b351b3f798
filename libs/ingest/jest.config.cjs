module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@wirestream/ingest',
  rootDir: __dirname,
};
