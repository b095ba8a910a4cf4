// `npm run build`: translations, the ES build, the script-tag build, types and the manifest.
import { execFileSync } from 'node:child_process';

const steps = [
  ['node', ['scripts/localize.mjs']],
  ['node_modules/.bin/vite', ['build', '--mode', 'es', '--logLevel', 'warn']],
  ['node_modules/.bin/vite', ['build', '--mode', 'iife', '--logLevel', 'warn']],
  ['node_modules/.bin/vite', ['build', '--mode', 'locales', '--logLevel', 'warn']],
  ['node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']],
  ['node_modules/.bin/custom-elements-manifest', ['analyze', '--quiet']],
];
for (const [command, args] of steps) execFileSync(command, args, { stdio: 'inherit' });
console.log('built dist/');
