// Stops what global-setup.cjs started; leaves services given through the environment alone.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function globalTeardown() {
  for (const container of globalThis.__wirestreamContainers ?? []) await container.stop();
  if (globalThis.__wirestreamInfraStarted && process.env.WIRESTREAM_KEEP_INFRA !== '1') {
    execFileSync(join(__dirname, '..', '..', 'infra', 'down.sh'), { stdio: 'inherit' });
  }
};
