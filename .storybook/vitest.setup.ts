// Every story test fails on a console.error, and on a warning from the library itself (a story
// that makes an element warn is a story with a wrong attribute). In the screenshot locales, the
// story is then compared with its baselines (./screenshots.ts).
import { afterEach, beforeEach, expect, inject, type TestContext } from 'vitest';
import { commands, page } from 'vitest/browser';
import { shotsOf, type Shot } from './screenshots.js';
import { paintPage, THEMES, themeOf } from './themes.js';

const original = { error: console.error, warn: console.warn };
let problems: string[] = [];

const text = (args: unknown[]): string => args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(' ');

beforeEach(() => {
  problems = [];
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${text(args)}`);
    original.error(...args);
  };
  console.warn = (...args: unknown[]) => {
    const message = text(args);
    if (/^<mn-|^microneedling-elements:/.test(message)) problems.push(`library warning: ${message}`);
    original.warn(...args);
  };
});

afterEach(() => {
  console.error = original.error;
  console.warn = original.warn;
  if (problems.length) throw new Error(`The story logged:\n${problems.join('\n')}`);
});

/** The story as Storybook's Vitest plugin puts it on the test's context. */
type StoryTest = TestContext & { story?: { id: string; globals: Record<string, unknown> } };

/** Two frames: style and layout done, and painted. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function shoot(root: HTMLElement, name: string): Promise<void> {
  await document.fonts.ready;
  await painted();
  // The test frame paints only what is in its viewport: a story taller than it is shown whole
  // by making the frame as tall as the story (its width, which the layout depends on, is kept).
  const bottom = Math.ceil(root.getBoundingClientRect().bottom + window.scrollY);
  if (bottom > window.innerHeight) {
    await commands.windowFor(window.innerWidth, bottom);
    await page.viewport(window.innerWidth, bottom);
    await painted();
  }
  await expect
    .element(page.elementLocator(root))
    .toMatchScreenshot(name, { screenshotOptions: { animations: 'disabled', caret: 'hide', scale: 'css' } });
}

// Registered last, so it runs first: before the console check, with the story still shown.
afterEach(async (context: StoryTest) => {
  const { story, task } = context;
  const locale = inject('locale');
  const shots = story ? shotsOf(story.id, locale) : [];
  // A story that already failed says why; a picture of it would only add noise.
  if (!story || !shots.length || task.result?.errors?.length) return;
  const root = document.querySelector<HTMLElement>('.mn-story');
  if (!root) throw new Error('The story has no .mn-story wrapper to take a picture of.');
  const theme = themeOf(story.globals.theme);
  const take: Record<Shot, () => Promise<void>> = {
    light: () => shoot(root, `${story.id}/${locale}-light`),
    dark: async () => {
      paintPage(root, THEMES.dark);
      paintPage(document.body, THEMES.dark);
      try {
        await shoot(root, `${story.id}/${locale}-dark`);
      } finally {
        paintPage(root, theme);
        paintPage(document.body, theme);
      }
    },
    'forced-colors': async () => {
      await commands.forcedColors(true);
      try {
        await shoot(root, `${story.id}/${locale}-forced-colors`);
      } finally {
        await commands.forcedColors(false);
      }
    },
  };
  for (const shot of shots) await take[shot]();
});
