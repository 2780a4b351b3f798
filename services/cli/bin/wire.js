#!/usr/bin/env node
'use strict';
// The `wire` command line. Runs the compiled sources (built by `npm ci` through `prepare`).
const { main } = require('../dist/main.js');
main(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
  process.env,
).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // main reports its own failures; this is the last resort, with the stack only on --debug.
    const debug = process.argv.includes('--debug');
    process.stderr.write(
      `wire: internal error: ${debug && error && error.stack ? error.stack : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
