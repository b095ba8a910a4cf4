import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview, StoryContext } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { action } from 'storybook/actions';
import manifest from '../dist/custom-elements.json';
// The library itself: defines every element, and owns the locale every story is shown in.
import { LOCALES, getLocale, setLocale } from '../src/index.js';
import * as i18n from '../src/i18n/locale.js';
import { declarationFor, eventNames, extractArgTypes, extractComponentDescription } from './custom-elements.js';
import { cleanSource } from './source.js';
import { pageStyle, paintPage, THEMES, themeOf } from './themes.js';

setCustomElementsManifest(manifest);

/** The pseudo-locale (long, accented text) is offered only where the library ships it. */
const PSEUDO = 'en-XA';
const pseudo = LOCALES.includes(PSEUDO) ? PSEUDO : (i18n as { PSEUDO_LOCALE?: string }).PSEUDO_LOCALE;
const languages = [...LOCALES.filter((tag) => tag !== pseudo), ...(pseudo ? [pseudo] : [])];

/** Each language named in itself ("Deutsch", "العربية"), as a speaker would look for it. */
const languageName = (tag: string): string =>
  tag === pseudo
    ? `Pseudo-locale (${tag})`
    : `${new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag} (${tag})`;

/**
 * The default render for a story whose meta names a `component` tag: attributes from the args
 * named after them (arrays joined with spaces, booleans as present/absent), `--mn-*` args as
 * inline custom properties. Empty args leave the attribute out, so the element's default shows.
 */
function renderElement(args: Record<string, unknown>, { component, title }: StoryContext): HTMLElement {
  if (!component) throw new Error(`"${title}" has no component tag in its meta, and no render function.`);
  const element = document.createElement(component);
  const attributes = new Set((declarationFor(component)?.attributes ?? []).map((attribute) => attribute.name));
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) continue;
    if (name.startsWith('--')) element.style.setProperty(name, String(value));
    else if (attributes.has(name) && typeof value === 'boolean') element.toggleAttribute(name, value);
    else if (attributes.has(name)) element.setAttribute(name, Array.isArray(value) ? value.join(' ') : String(value));
  }
  return element;
}

/**
 * Logs every event an element documents (`mn-toggle`, `mn-step-change`, `mn-book`, …) in the
 * Actions panel with its detail. The events bubble and are composed, so one listener on the story
 * root hears every element in the story.
 */
const listening = new WeakSet<Element>();
function logEvents(root: Element | undefined): void {
  if (!root || listening.has(root)) return;
  listening.add(root);
  for (const name of eventNames) {
    const log = action(name);
    root.addEventListener(name, (event) =>
      log({ element: (event.target as Element).localName, detail: (event as CustomEvent).detail }),
    );
  }
}

/** The smallest phone the elements support, as the small-phone stories set it in their globals. */
const PHONE = { value: 'mobile1', width: 320 };
const onSmallPhone = ({ storyGlobals }: StoryContext): boolean =>
  (storyGlobals?.viewport as { value?: string } | undefined)?.value === PHONE.value;

const preview: Preview = {
  tags: ['autodocs'],
  render: renderElement,
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: languages.map((tag) => ({ value: tag, title: languageName(tag) })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Direction of the page around the elements',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction: from the language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The page around the elements, and a clinic’s brand colour (--mn-accent)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: LOCALES[0], direction: 'auto', theme: 'light' },
  // Before every render (and again when the toolbar changes): the library switches language and
  // resolves once every element has re-rendered in it.
  loaders: [
    async ({ globals }) => {
      await setLocale(String(globals.locale ?? LOCALES[0]));
      // The story's page is in that language, and so is the story's wrapper (below): on a Docs
      // page, the nearest `lang` would otherwise be the docs container's English one.
      document.documentElement.lang = getLocale();
      return {};
    },
  ],
  decorators: [
    (story, context) => {
      const { globals, viewMode } = context;
      const chosen = globals.direction === 'ltr' || globals.direction === 'rtl' ? globals.direction : undefined;
      const direction = chosen ?? (i18n.isRtl() ? 'rtl' : 'ltr');
      const theme = themeOf(globals.theme);
      // On the canvas the whole page is the theme's; on a Docs page, each story's block.
      if (viewMode !== 'docs') paintPage(document.body, theme);
      // A Docs page is as wide as the docs column: a small-phone story is shown at the phone's width.
      const content =
        viewMode === 'docs' && onSmallPhone(context)
          ? html`<div class="mn-phone" style="inline-size: ${PHONE.width}px; outline: 1px dashed #8888">${story()}</div>`
          : story();
      return html`<div
        class="mn-story"
        lang=${getLocale()}
        dir=${direction}
        style=${styleMap({ ...pageStyle(theme), padding: '1rem' })}
        ${ref(logEvents)}
      >
        ${content}
      </div>`;
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'none' },
    docs: {
      extractArgTypes,
      extractComponentDescription,
      // "Show code": the markup a clinic pastes, without the preview's wrapper, one element a line.
      source: { type: 'dynamic', language: 'html', excludeDecorators: true, transform: cleanSource },
    },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Clinic page', 'Languages', 'Elements'] } },
  },
};

export default preview;
