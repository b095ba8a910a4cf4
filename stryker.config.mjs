// One Stryker run over one group of source files (MN_MUTATE_GROUP), each mutant tested by the
// browser tests that cover that group only: see scripts/mutate.mjs, which runs every group.
import { GROUPS } from './scripts/mutate.groups.mjs';

const name = process.env.MN_MUTATE_GROUP ?? GROUPS[0].name;
const group = GROUPS.find((g) => g.name === name);
if (!group) throw new Error(`no mutation group "${name}"`);
process.env.MN_MUTATE_TESTS = group.tests.join(' ');
// `npm run mutate -- --survivors <group>`: only the spans of the mutants that survived last time.
const ranges = process.env.MN_MUTATE_RANGES ? JSON.parse(process.env.MN_MUTATE_RANGES) : undefined;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ranges ?? group.mutate,
  testRunner: 'command',
  commandRunner: { command: 'node scripts/mutate-run.mjs' },
  plugins: ['./scripts/stryker-ignore.mjs'],
  ignorers: ['translator-notes'],
  // Two shared cores: one browser at a time.
  concurrency: 1,
  coverageAnalysis: 'off',
  timeoutMS: 30000,
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${name}${ranges ? '.survivors' : ''}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // dist/ stays: test/prerender-source.test.ts has the source take over a page the build
  // prerendered (dist/ssr), which it must render afresh.
  ignorePatterns: [
    'storybook-static',
    '.bench',
    '.test-results',
    'reports',
    'demo',
    'stories',
    '.stryker-tmp*',
    '!src/generated',
  ],
  // Its own folder per group and kind of run, so two runs can go on side by side.
  tempDirName: `.stryker-tmp-${name}${ranges ? '-survivors' : ''}`,
  cleanTempDir: 'always',
  disableTypeChecks: true,
  thresholds: { high: 90, low: 80, break: null },
};
