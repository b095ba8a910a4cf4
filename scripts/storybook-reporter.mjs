// A Vitest reporter for `npm test`: writes .test-results/storybook.json as
// {"passed":N,"failed":M,"skipped":K}, the counts scripts/test.mjs adds to its closing line.
import { mkdirSync, writeFileSync } from 'node:fs';

export default class StorybookSummaryReporter {
  onTestRunEnd(testModules) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const { state } = test.result();
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      // A story file that failed to load has no tests to count, yet it failed.
      if (module.state() === 'failed' && ![...module.children.allTests()].length) counts.failed++;
    }
    mkdirSync('.test-results', { recursive: true });
    writeFileSync('.test-results/storybook.json', `${JSON.stringify(counts)}\n`);
  }
}
