module.exports = { ...require('../../jest.preset.cjs'), displayName: '@wirestream/util', rootDir: __dirname };
