// Generated from the Custom Elements Manifest (dist/custom-elements.json) by `npm run build`,
// never written by hand: JSX types (React 19, Preact, Solid…), Vue's GlobalComponents, VS Code's
// HTML and CSS custom data, JetBrains web-types, and the React wrappers (@lit/react).
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const outdir = 'dist';
const manifest = () => JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = manifest().modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => ({ ...d, module: module.path, define: module.path.replace(/[^/]+\.js$/, 'define.js') })),
);
/** A module of dist/ as the generated files in dist/ import it. */
const relative = (path) => `./${path.replace(/^dist\//, '')}`;
const moduleOf = (name, tag) => relative(elements.find((e) => e.name === name || e.tagName === tag).module);
const quiet = async (generate) => {
  const log = console.log;
  console.log = () => {};
  try {
    await generate();
  } finally {
    console.log = log;
  }
};

// JSX: the element and CSS property types only. The generator also augments every JSX
// framework it knows (react, preact, solid-js, hono…), which fails to type-check in an app
// that lacks one of them; an app augments its own framework (README: Frameworks), and the
// React entry augments React's.
await quiet(() =>
  generateJsxTypes(manifest(), {
    outdir,
    fileName: 'jsx.d.ts',
    componentTypePath: moduleOf,
    stronglyTypedEvents: true,
  }),
);
const jsx = readFileSync('dist/jsx.d.ts', 'utf8');
writeFileSync('dist/jsx.d.ts', jsx.slice(0, jsx.search(/^declare (module|global)/m)).trimEnd() + '\n');

// Vue: GlobalComponents, for vue-tsc's strict template checking. This generator reads an
// event's type as its detail's (it writes CustomEvent<type>), so it gets the details.
const withDetailTypes = (data) => {
  for (const module of data.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        const detail = /^CustomEvent<(.*)>$/s.exec(event.type?.text ?? '')?.[1];
        if (detail) event.type.text = detail;
      }
    }
  }
  return data;
};
await quiet(() =>
  generateVuejsTypes(withDetailTypes(manifest()), { outdir, fileName: 'vue.d.ts', componentTypePath: moduleOf }),
);
// vue-tsc checks a template's `heading-level` and `@mn-toggle` as `headingLevel` and
// `onMnToggle`; the generator writes them as written in HTML, so its keys are camelised.
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
writeFileSync(
  'dist/vue.d.ts',
  readFileSync('dist/vue.d.ts', 'utf8')
    .replace(/^( +)"on(mn-[\w-]+)"\?:/gm, (_, indent, event) => `${indent}${camel(`on-${event}`)}?:`)
    .replace(/^( +)"([a-z]+(?:-[a-z]+)+)"\?:/gm, (_, indent, name) => `${indent}${camel(name)}?:`),
);

// Editors.
await quiet(() =>
  generateVsCodeCustomElementData(manifest(), {
    outdir,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
  }),
);
await quiet(() => generateJetBrainsWebTypes(manifest(), { outdir, webTypesFileName: 'web-types.json' }));

// React wrappers: one component per element, named as its class, its events as typed props
// (mn-step-change → onStepChange). A client module ('use client'), so that a Next.js server
// component renders them too. On a server (#server-render, package.json's imports) a wrapper
// without children writes its element's declarative shadow root and JSON-LD into the HTML; in
// the browser React hydrates the host and leaves what is inside to the element, which takes it
// over. With children (the clinic's own entries) the element renders in the browser.
const eventProp = (name) => `on${name.replace(/^mn-/, '').replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}`;
const events = (element) =>
  (element.events ?? []).map((event) => ({
    prop: eventProp(event.name),
    name: event.name,
    type: event.type?.text ?? 'Event',
  }));
const header = '// Generated from custom-elements.json by scripts/integrations.mjs. Do not edit.\n';
writeFileSync(
  'dist/react.js',
  `'use client';
${header}import * as React from 'react';
import { createComponent } from '@lit/react';
import { serverRender } from '#server-render';
${elements.map((e) => `import { ${e.name} as ${e.name}Element } from '${relative(e.define)}';`).join('\n')}

const INSIDE_LEFT_ALONE = { __html: '' };
const wrap = (options) => {
  const Client = createComponent({ ...options, react: React });
  const events = new Set(Object.keys(options.events));
  const Wrapper = React.forwardRef((props, ref) => {
    if (props.children != null) return React.createElement(Client, { ...props, ref });
    if (!serverRender) return React.createElement(Client, { ...props, ref, dangerouslySetInnerHTML: INSIDE_LEFT_ALONE });
    const host = serverRender(options.tagName, options.elementClass, props, events);
    if (typeof host.then !== 'function') return React.createElement(options.tagName, host);
    // React 19 waits for the element's language; React 18 takes a thrown promise the same way.
    if (React.use) return React.createElement(options.tagName, React.use(host));
    throw host;
  });
  Wrapper.displayName = options.displayName;
  return Wrapper;
};
${elements
  .map(
    (e) => `
/** \`<${e.tagName}>\`: ${e.summary ?? ''} */
export const ${e.name} = wrap({
  tagName: '${e.tagName}',
  elementClass: ${e.name}Element,
  events: { ${events(e)
    .map((ev) => `${ev.prop}: '${ev.name}'`)
    .join(', ')} },
  displayName: '${e.name}',
});`,
  )
  .join('\n')}
`,
);
writeFileSync(
  'dist/react.d.ts',
  `${header}import type { EventName, ReactWebComponent } from '@lit/react';
import type { CustomElements } from './jsx.js';
${elements.map((e) => `import type { ${e.name} as ${e.name}Element } from '${relative(e.module)}';`).join('\n')}
${elements
  .map(
    (e) => `
/** \`<${e.tagName}>\`: ${e.summary ?? ''} */
export declare const ${e.name}: ReactWebComponent<
  ${e.name}Element,
  {${events(e).length ? ' ' : ''}${events(e)
    .map((ev) => `${ev.prop}: EventName<${ev.type}>`)
    .join('; ')}${events(e).length ? ' ' : ''}}
>;`,
  )
  .join('\n')}

// The elements in React's JSX too: <mn-article booking-url="/book" onmn-book={…}>.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);
// Type-only entries get the empty module every .d.ts of the package has beside it.
for (const name of ['jsx', 'vue']) writeFileSync(`dist/${name}.js`, `${header}export {};\n`);
console.log(`integrations: ${elements.length} elements`);
