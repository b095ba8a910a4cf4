// `npm run storybook` and `npm run build-storybook`: build the library first (the translations in
// src/generated/ and the Custom Elements Manifest the docs are read from), then start Storybook
// with no telemetry, no update check and no browser opened.
//   node scripts/storybook-run.mjs dev      the dev server on http://localhost:6006
//   node scripts/storybook-run.mjs build    the static site in storybook-static/
//   --no-library-build                      skip the library build (npm test has just run it)
import { spawnSync } from 'node:child_process';

const [mode, ...flags] = process.argv.slice(2);
const args = {
  dev: ['dev', '--port', '6006', '--no-open', '--no-version-updates', '--ci'],
  build: ['build', '--output-dir', 'storybook-static', '--quiet'],
}[mode];
if (!args) {
  console.error('usage: node scripts/storybook-run.mjs dev|build [--no-library-build]');
  process.exit(2);
}
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };
const run = (command, commandArgs) => spawnSync(command, commandArgs, { stdio: 'inherit', env }).status ?? 1;

if (!flags.includes('--no-library-build')) {
  const status = run('node', ['scripts/build.mjs']);
  if (status !== 0) process.exit(status);
}
process.exit(run('node_modules/.bin/storybook', args));
