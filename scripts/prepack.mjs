// `npm pack` and `npm publish` run this first: a package is never made without dist/, or from a
// dist/ older than the sources. It builds when dist/ is missing or stale; a failed build stops
// the pack with the build's own message.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'dist/custom-elements.json'; // the build's last step writes it
const newest = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((file) => join(dir, String(file)))
    .filter((file) => statSync(file).isFile())
    .reduce((latest, file) => Math.max(latest, statSync(file).mtimeMs), 0);

const sources = Math.max(newest('src'), newest('locales'));
const stale = !existsSync(built)
  ? 'there is no dist/ yet'
  : sources > statSync(built).mtimeMs
    ? 'dist/ is older than src/'
    : '';
if (stale) {
  console.error(`microneedling-elements: ${stale}; building it before packing (npm run build).`);
  try {
    // The build's output on stderr: `npm pack --json` writes its JSON on stdout.
    execFileSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 2, 2] });
  } catch {
    console.error('microneedling-elements: the build failed (its message is above), so nothing is packed.');
    process.exit(1);
  }
}
