module.exports = { ...require('../../jest.preset.cjs'), displayName: '@wirestream/nest', rootDir: __dirname };
