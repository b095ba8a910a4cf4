// A reporter for Node's test runner (`node --test`): writes .test-results/node.json as
// {"passed":N,"failed":M,"skipped":K} for scripts/test.mjs. The spec reporter prints the tests.
import { mkdirSync, writeFileSync } from 'node:fs';

// eslint-disable-next-line require-yield -- it writes a file and prints nothing; the spec reporter prints.
export default async function* summary(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Suites report too; count only the tests inside them.
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) counts.skipped++;
    else counts[event.type === 'test:pass' ? 'passed' : 'failed']++;
  }
  mkdirSync('.test-results', { recursive: true });
  writeFileSync('.test-results/node.json', `${JSON.stringify(counts)}\n`);
}
