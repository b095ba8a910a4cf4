// The browser tests as `npm run mutate` runs them for one mutant: Chromium only, only the test
// files named in MN_MUTATE_TESTS, each file stopping at its first failure. Stryker's command
// runner passes the mutant to switch on in __STRYKER_ACTIVE_MUTANT__; the page learns it
// before any instrumented module runs.
import base from '../web-test-runner.config.mjs';

const activeMutant = process.env.__STRYKER_ACTIVE_MUTANT__;
const files = (process.env.MN_MUTATE_TESTS ?? '').split(' ').filter(Boolean);

export default {
  ...base,
  files,
  groups: [],
  browsers: base.browsers.filter((launcher) => launcher.name === 'Chrome'),
  reporters: [],
  testFramework: { config: { ...base.testFramework.config, bail: true } },
  testRunnerHtml: (framework) => `<!doctype html><html><head><script>
    globalThis.__stryker__ = { activeMutant: ${JSON.stringify(activeMutant)} };
  </script></head><body><script type="module" src="${framework}"></script></body></html>`,
};
