// The system's browsers (Debian's chromium and firefox-esr, or CHROME_PATH / FIREFOX_PATH) for
// the tests and the benchmark. A browser is never downloaded.
import { existsSync } from 'node:fs';

/** Flags for Chromium run headless as root on a machine with no network but the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const candidates = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    name: 'Chromium',
    apt: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    name: 'Firefox',
    apt: 'firefox-esr',
  },
};

/** The browser's executable, or exit at once with how to install it. */
export function browserPath(kind) {
  const { env, paths, name, apt } = candidates[kind];
  const path = process.env[env] || paths.find((candidate) => existsSync(candidate));
  if (path && existsSync(path)) return path;
  console.error(
    `\n${name} was not found${process.env[env] ? ` at ${env}=${process.env[env]}` : ''}.\n` +
      `Install Debian's package (sudo apt-get install ${apt}) or point ${env} at the browser's executable.\n`,
  );
  process.exit(1);
}
