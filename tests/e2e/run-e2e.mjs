#!/usr/bin/env node
// Runs the browser tests against a fresh build. Without Chromium the tests are skipped loudly,
// except under CI=true, where a missing browser fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../chromium.mjs';

const chromium = CHROMIUM_PATH;
if (!existsSync(chromium)) {
  const message = `Chromium not found at ${chromium}: browser tests cannot run (install it: apt-get install -y chromium).`;
  if (process.env.CI === 'true') {
    console.error(`ERROR: ${message}`);
    process.exit(1);
  }
  console.warn(`\n${'!'.repeat(78)}\nSKIPPED: ${message}\n${'!'.repeat(78)}\n`);
  process.exit(0);
}

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npm', ['run', '--silent', 'build']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
