const fs = require('node:fs');
const path = require('node:path');
const preset = require('../../../jest.preset.cjs');

// eld ships only ES modules behind an `import`-only exports map: map its entry to the file and let swc turn
// it into CommonJS for jest. Production code loads it with a native dynamic import().
const eldEntry = require.resolve
  .paths('eld')
  .map((dir) => path.join(dir, 'eld'))
  .find((dir) => fs.existsSync(path.join(dir, 'package.json')));

module.exports = {
  ...preset,
  displayName: '@wirestream/nlp-segmentation',
  rootDir: __dirname,
  moduleNameMapper: { '^eld/extrasmall$': path.join(eldEntry, 'src/entries/static.extrasmall.js') },
  transform: {
    ...preset.transform,
    '^.+/eld/src/.+\\.js$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!eld/)'],
};
