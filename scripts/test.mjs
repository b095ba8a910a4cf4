// `npm test`: build, type-check, lint, size budget and the browser tests, then one closing line
// `N passed, M failed` counted from the test runners' results (a failed check adds one failure).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { writeBetween } from './marked.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  // First, so that a translator's mistake shows the check's own words before any build error.
  { name: 'translations', command: ['node', 'scripts/localize-check.mjs'] },
  { name: 'build', command: ['node', 'scripts/build.mjs'], required: true },
  { name: 'type-check', command: [bin('tsc'), '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: [bin('eslint'), '.'] },
  { name: 'formatting', command: [bin('prettier'), '--check', '.'] },
  { name: 'size budget', command: ['node', 'scripts/size.mjs'] },
  // The package as published: the manifest against its schema and the files it names, .d.ts
  // files with their modules, no development files; then the types and the package.json as
  // @arethetypeswrong and publint see them.
  { name: 'package contents', command: ['node', 'scripts/check-package.mjs'] },
  { name: 'package types', command: [bin('attw'), '--pack', '--profile', 'esm-only', '--quiet'] },
  { name: 'package.json', command: [bin('publint'), '--strict'] },
  // The packed tarball in a React 19 app, a Vue 3 app and a plain TypeScript project, as a user
  // installs it: type-checked, built with Vite, clicked through in Chromium.
  { name: 'consumer apps', command: ['node', 'scripts/consumers.mjs'], results: '.test-results/consumers.json' },
  {
    name: 'node tests',
    command: [
      'node',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-test-summary.mjs',
      '--test-reporter-destination=stdout',
      'test/node/',
    ],
    results: '.test-results/node.json',
  },
  { name: 'browser tests', command: [bin('web-test-runner')], results: '.test-results/browser.json' },
  // Every story in every shipped locale: axe, console errors, play functions; in en, ar and ja, the
  // stories' screenshots against their baselines in stories/__screenshots__ (vitest.config.ts).
  { name: 'storybook tests', command: [bin('vitest'), 'run'], results: '.test-results/storybook.json' },
  { name: 'storybook build', command: ['node', 'scripts/storybook-run.mjs', 'build', '--no-library-build'] },
];

rmSync('.test-results', { recursive: true, force: true });
const started = Date.now();
let passed = 0;
let failed = 0;
const report = [];
for (const step of steps) {
  console.log(`\n── ${step.name} ──`);
  const began = Date.now();
  const { status } = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit' });
  const took = `(${Math.round((Date.now() - began) / 1000)} s)`;
  if (step.results) {
    const counts = existsSync(step.results) ? JSON.parse(readFileSync(step.results, 'utf8')) : undefined;
    if (counts) {
      passed += counts.passed;
      failed += counts.failed;
      report.push(`${step.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped ${took}`);
    }
    if (status !== 0 && !counts?.failed) {
      failed++;
      report.push(`${step.name}: the runner failed (exit ${status})`);
    }
  } else {
    report.push(`${step.name}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} ${took}`);
    if (status !== 0) failed++;
  }
  if (status !== 0 && step.required) break;
}
const minutes = Math.round((Date.now() - started) / 60000);
// A complete, green run records itself in docs/testing.md, so that no figure there is written by hand.
if (!failed && report.length === steps.length && !process.env.MN_BROWSERS) {
  writeBetween(
    'docs/testing.md',
    'test-run',
    `${new Date().toISOString().slice(0, 10)}: ${passed.toLocaleString('en')} tests passed in ${minutes} minutes on ${cpus().length} cores.\n\n` +
      report.map((line) => `- ${line}`).join('\n'),
  );
}
console.log(`\n── summary ──\n${report.join('\n')}\nin ${minutes} minutes`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
