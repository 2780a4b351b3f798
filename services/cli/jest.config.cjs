module.exports = { ...require('../../jest.preset.cjs'), displayName: '@wirestream/cli', rootDir: __dirname };
