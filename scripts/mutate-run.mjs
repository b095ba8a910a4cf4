// The command Stryker runs for each mutant: the group's test files one after another, each in
// its own web-test-runner (Chromium), stopping at the first that fails, since one failure is
// enough to kill a mutant. A surviving mutant is run against every file.
import { spawnSync } from 'node:child_process';

const files = (process.env.MN_MUTATE_TESTS ?? '').split(' ').filter(Boolean);
for (const file of files) {
  const { status } = spawnSync(
    'node',
    ['node_modules/@web/test-runner/dist/bin.js', '--config', 'scripts/mutate.wtr.mjs', '--files', file],
    { stdio: 'inherit', env: { ...process.env, MN_MUTATE_TESTS: file } },
  );
  if (status !== 0) process.exit(status ?? 1);
}
