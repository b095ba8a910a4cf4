// The package as npm would publish it (`npm pack --dry-run`): the Custom Elements Manifest is
// valid against the schema of the `custom-elements-manifest` package and names only files the
// package holds; every .d.ts has its module; nothing meant for development ships; the licence
// and the third-party notices do. One line per problem; exit 1 if there is any.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const problems = [];

const [{ files: packed }] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const files = new Set(packed.map((f) => f.path));

// The manifest: the schema, then every module path it names.
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
if (!validate(manifest)) {
  for (const error of validate.errors) problems.push(`custom-elements.json${error.dataPath}: ${error.message}`);
}
const named = new Set();
const walk = (value) => {
  if (Array.isArray(value)) return value.forEach(walk);
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof child === 'string') named.add(child);
    else walk(child);
  }
};
walk(manifest.modules);
for (const path of named) {
  if (!files.has(path)) problems.push(`custom-elements.json names ${path}, which the package does not hold`);
}
const tags = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
if (tags.length === 0) problems.push('custom-elements.json declares no custom-element definition');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
for (const field of ['customElements', 'web-types']) {
  if (!files.has(pkg[field].replace(/^\.\//, ''))) problems.push(`package.json ${field}: ${pkg[field]} is not packed`);
}

// What the tools need from the manifest: types spelt out, no local variables, every --mn-*
// property an element reads (all of them go through the shared theme; the clinic's entries,
// which render nothing, read none).
const aliases = [...readFileSync('dist/index.d.ts', 'utf8').matchAll(/export type \{([^}]*)\}/g)].flatMap((m) =>
  m[1].split(',').map((name) => name.replace(/^\s*type\s+/, '').trim()),
);
const themed = [
  ...new Set(
    [...readFileSync('src/internal/theme.styles.ts', 'utf8').matchAll(/var\(\s*(--mn-[\w-]+)/g)].map((m) => m[1]),
  ),
];
const unlisted = new Set(themed);
for (const module of manifest.modules) {
  const exported = new Set((module.exports ?? []).map((e) => e.declaration.name));
  for (const declaration of module.declarations ?? []) {
    if (declaration.kind !== 'class' && !exported.has(declaration.name)) {
      problems.push(`custom-elements.json: ${module.path} declares ${declaration.name}, which it does not export`);
    }
    if (!declaration.customElement) continue;
    JSON.stringify(declaration, (key, value) => {
      if (key === 'text' && typeof value === 'string') {
        const alias = aliases.find((name) => new RegExp(`\\b${name}\\b`).test(value));
        if (alias)
          problems.push(`custom-elements.json: <${declaration.tagName}> has the type "${value}", naming ${alias}`);
      }
      return value;
    });
    // The clinic's entries (<mn-faq-item>…) render nothing of their own: no theme to read.
    if (/^HTMLElement(Base)?$/.test(declaration.superclass?.name ?? '')) continue;
    // Each element lists the properties it uses (not every one the shared theme reads), the brand
    // colour always, and none the theme does not read.
    const listed = (declaration.cssProperties ?? []).map((p) => p.name);
    if (!listed.includes('--mn-accent'))
      problems.push(`custom-elements.json: <${declaration.tagName}> does not list --mn-accent`);
    const unknown = listed.filter((name) => !themed.includes(name));
    if (unknown.length)
      problems.push(`custom-elements.json: <${declaration.tagName}> lists ${unknown.join(', ')}, which nothing reads`);
    for (const name of listed) unlisted.delete(name);
  }
}
if (unlisted.size) problems.push(`custom-elements.json: no element documents ${[...unlisted].join(', ')}`);

// Editors: VS Code offers orientation's two values.
const vscode = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
const orientation = vscode.tags
  .find((tag) => tag.name === 'mn-procedure-stepper')
  ?.attributes.find((attribute) => attribute.name === 'orientation');
if (JSON.stringify(orientation?.values) !== JSON.stringify([{ name: 'horizontal' }, { name: 'vertical' }])) {
  problems.push(`vscode.html-custom-data.json: orientation offers ${JSON.stringify(orientation?.values)}`);
}

// Files.
for (const file of files) {
  if (file.endsWith('.d.ts') && !files.has(file.replace(/\.d\.ts$/, '.js'))) {
    problems.push(`${file} has no module beside it`);
  }
  // Source maps: only the minified script-tag file's (see the README's "Package contents").
  if (file.endsWith('.map') && file !== 'dist/microneedling-elements.js.map') problems.push(`${file} ships`);
}
const loaders = readFileSync('src/generated/locale-loaders.ts', 'utf8');
const pseudo = /pseudoLocale = '([^']+)'/.exec(loaders)?.[1];
if (pseudo) {
  for (const file of files) if (file.includes(pseudo)) problems.push(`${file}: the pseudo-locale ships`);
  for (const file of files) {
    if (file.endsWith('.js') && readFileSync(file, 'utf8').includes(`'${pseudo}'`.replaceAll("'", '"'))) {
      problems.push(`${file} names the pseudo-locale ${pseudo}`);
    }
  }
}
for (const file of ['LICENSE', 'README.md', 'dist/THIRD-PARTY-NOTICES.txt']) {
  if (!files.has(file)) problems.push(`${file} is not packed`);
}

// No dependency both declared and copied into the build.
for (const name of Object.keys(pkg.dependencies ?? {})) {
  for (const file of files)
    if (file.startsWith(`dist/vendor/${name}/`)) problems.push(`${name} is a dependency and copied into ${file}`);
}

// Every package the shipped modules import is one the package declares (npm and pnpm install
// only those): a dependency, or a peer (React, for the wrappers).
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
for (const file of files) {
  if (!file.endsWith('.js')) continue;
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(
    /(?:\bfrom|\bimport)\s*\(?\s*["']((?:@[\w.-]+\/)?[\w-][\w.-]*(?:\/[\w./-]*)?)["']/g,
  )) {
    if (specifier.startsWith('node:')) continue;
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
    if (!declared.has(name)) problems.push(`${file} imports ${specifier}, but ${name} is not a dependency`);
  }
}

for (const problem of problems) console.error(`package: ${problem}`);
console.log(
  `package: ${files.size} files, manifest names ${named.size} paths, ${tags.length} custom-element definitions; ${problems.length} problems`,
);
process.exit(problems.length ? 1 : 0);
