// Surviving mutants that no test can kill because the mutated program behaves exactly as the
// original: file, `code` (a piece of the text of the line the mutant starts on, which survives
// edits that move it; `line`, a line number, matches too, but goes stale as the file changes)
// and mutator of each (no mutator: every mutant of that line), and the column, the replacement or
// the `span` (the source text the mutant replaces) where a line has several, and why. An entry
// must fit no mutant a test kills (that one would be called equivalent too the day it survived)
// and at least one survivor: `npm run mutate` lists those that do not, and fails.
// `npm run mutate` counts them apart.
const raw =
  'the `raw` converter passes the attribute text through, which is what Lit does anyway for a property with no type: `{}` converts identically';
const initial = (name) =>
  `the initial value of ${name} is never read: the getter computes it on first access, as the cache key starts undefined`;

const stepper = 'src/components/procedure-stepper/procedure-stepper.ts';
const faq = 'src/components/faq-card/faq-card.ts';
const article = 'src/components/article/article.ts';
const locale = 'src/i18n/locale.ts';
const element = 'src/internal/mn-element.ts';
const notShipped =
  'no shipped locale is fa, he or ur, and isRtl() only ever sees a shipped locale (or the pseudo-locale)';
const idle = (what) =>
  `${what}: refresh() re-renders only an element whose locale is not the one it shows, so calling it more often finds nothing more to do`;
const clinic = 'src/internal/clinic.ts';
const again =
  "a second render right after taking a prerendered shadow root over changes nothing in it when the element renders the same whether it takes one over or not (every element but the stepper, and the stepper but for a clinic's current step): Lit commits only the values that changed, and none did; it costs a render, which is what the check saves";
const once =
  'DOMContentLoaded fires once per document, and document.open(), the only way to parse a document again, first erases its listeners';
const needless = (what) =>
  `${what}: Lit already requests an update for every other observed attribute (each is a property's), and lang set to the value it has re-renders the same DOM`;

export const EQUIVALENT = [
  ...[28, 34, 40].map((column) => ({
    file: locale,
    code: "const RTL = new Set(['ar', 'fa', 'he', 'ur']);",
    column,
    mutator: 'StringLiteral',
    reason: notShipped,
  })),
  {
    file: locale,
    code: 'if (lower === PSEUDO_LOCALE?.toLowerCase())',
    mutator: 'OptionalChaining',
    reason: 'lit-localize.json names a pseudo-locale, so the generated PSEUDO_LOCALE is never undefined in this build',
  },
  ...['ArrowFunction', 'ConditionalExpression', 'MethodExpression'].map((mutator) => ({
    file: locale,
    code: 'LOCALES.find((l) => l.toLowerCase() === lower) ??',
    mutator,
    ...(mutator === 'ConditionalExpression' && { replacement: 'false' }),
    reason:
      'each shipped language has one locale, so whenever a tag names a shipped locale exactly, the first locale of its language and script is that same one',
  })),
  {
    file: locale,
    code: '} catch {',
    mutator: 'BlockStatement',
    reason: 'an empty catch falls off the end of the function, which returns undefined just the same',
  },
  {
    file: locale,
    code: 'if (el.renderedLocale !== undefined && localeOf(el) !== el.renderedLocale)',
    span: 'el.renderedLocale !== undefined',
    mutator: 'ConditionalExpression',
    replacement: 'true',
    reason:
      'an element not rendered yet has its first update pending, and requestUpdate() on it adds nothing (its locale is read when that update runs)',
  },
  {
    file: locale,
    code: 'const id = ++request;',
    mutator: 'UpdateOperator',
    reason:
      'counting down gives every request an id of its own just as counting up does; ids are only compared for equality',
  },
  {
    file: locale,
    code: 'if (following && records.some((r) => r.target === document.documentElement))',
    column: 42,
    mutator: 'ConditionalExpression',
    replacement: 'true',
    reason:
      "while the library follows <html lang>, every load under way is of the page's locale, so a lang change elsewhere re-asking for documentLocale() asks for the same one: the later request applies it, before anything renders, and announces it once",
  },
  {
    file: locale,
    code: 'if (locale === sourceLocale) return;',
    mutator: 'ConditionalExpression',
    replacement: 'false',
    reason:
      'for an English page, load("en") returns false at once (en is already active): elements wait one microtask more and render the same, and nothing is announced',
  },
  ...[7, 23].map((column) => ({
    file: locale,
    code: "if (el.hasAttribute('lang')) return el.getAttribute('lang') || undefined;",
    column,
    mutator: column === 7 ? 'ConditionalExpression' : 'StringLiteral',
    replacement: column === 7 ? 'false' : '""',
    reason:
      "closest('[lang]') starts at the element itself, so its own lang (\"\" included) is found either way; only an element inside another library element's shadow root skips it, and the library never gives those a lang",
  })),
  {
    file: locale,
    code: 'if (connected.has(root.host as LocalizedElement)) return langOf(root.host);',
    mutator: 'ConditionalExpression',
    replacement: 'false',
    reason:
      "an element rendered inside a library element finds that element's locale anyway, on the shadow root's outer element (lang=${this.textLang}), set before the inner element first renders and again before it is refreshed",
  },
  {
    file: 'src/i18n/msg.ts',
    code: '} finally {',
    mutator: 'BlockStatement',
    reason:
      'every msg() of the library runs inside withTemplates() (a render, inLocale()), which sets the translations it reads first; none is read between two of them',
  },
  // The condition true, either half of it true, or || for &&.
  ...[
    [
      "if (name === 'lang' && old !== value) this.requestUpdate();",
      needless('an update asked for on any attribute change'),
    ],
    [
      'if (before !== undefined && before !== locale) refresh();',
      idle('refresh() after every render, not only after a change of locale'),
    ],
  ].flatMap(([code, reason]) =>
    ['ConditionalExpression', 'LogicalOperator'].map((mutator) => ({
      file: element,
      code,
      mutator,
      ...(mutator === 'ConditionalExpression' && { replacement: 'true' }),
      reason,
    })),
  ),
  {
    file: element,
    code: 'return this.renderedLocale ?? this.locale;',
    mutator: 'LogicalOperator',
    reason:
      'textLang is read during a render, after performUpdate() set renderedLocale to localeOf(this), which is what this.locale returns then; before the first render nothing reads it',
  },
  {
    file: 'src/internal/tokens.ts',
    code: "if (locale === 'en') return String(value);",
    mutator: 'ConditionalExpression',
    replacement: 'false',
    reason: 'Intl.NumberFormat("en") writes the whole numbers a stepper shows (below 1000) exactly as String() does',
  },
  ...['ConditionalExpression', 'EqualityOperator', 'StringLiteral'].map((mutator) => ({
    file: 'src/internal/tokens.ts',
    code: "if (locale === 'en') return String(value);",
    mutator,
    ...(mutator === 'ConditionalExpression' && { replacement: 'true' }),
    reason:
      "every shipped locale writes the whole numbers a stepper shows as String() does (current CLDR gives ar Latin digits by default), for any stepper of fewer than 1000 steps (the article's seven and the clinic's own): the shortcut for English only saves time",
  })),
  {
    file: 'src/internal/heading.ts',
    code: 'if (!value) cache.set(markup, (value = unsafeStatic(markup)));',
    mutator: 'ConditionalExpression',
    replacement: 'true',
    reason: 'a fresh unsafeStatic() of the same markup is the same static text to Lit: the cache only saves memory',
  },
  {
    file: 'src/internal/tokens.ts',
    code: 'export const tokens = (value: string | null | undefined): string[] =>',
    mutator: 'Regex',
    replacement: '/\\s/',
    reason: 'splitting on single spaces leaves empty tokens, which filter(Boolean) drops: the same list',
  },
  {
    file: 'src/internal/tokens.ts',
    code: 'if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale)));',
    mutator: 'ConditionalExpression',
    replacement: 'true',
    reason: 'a new Intl.NumberFormat for the same locale formats the same: the cache only saves time',
  },
  {
    file: 'src/internal/structured-data.ts',
    code: 'if (script?.textContent === json) return;',
    mutator: 'ConditionalExpression',
    replacement: 'false',
    reason: 'writing the same JSON again leaves the same text: the check only spares a needless DOM mutation',
  },
  {
    file: 'src/internal/url.ts',
    code: "const url = (value ?? '').trim();",
    mutator: 'StringLiteral',
    reason:
      'for a missing value, "" and "Stryker was here!" are both refused, and no warning is given for a missing value',
  },
  {
    file: 'src/internal/url.ts',
    code: "exec((value ?? '').trim());",
    mutator: 'StringLiteral',
    reason:
      'for a missing date, "" and "Stryker was here!" both fail the YYYY-MM-DD pattern, and whether to warn is decided by the caller from the attribute itself',
  },
  {
    file: 'src/internal/url.ts',
    code: '} catch {',
    mutator: 'BlockStatement',
    reason:
      'an http(s) URL that does not parse then falls through to the same-site test, which it can never pass: undefined either way',
  },
  ...['date.getUTCMonth() === month - 1', 'date.getUTCDate() === day'].map((span) => ({
    file: 'src/internal/url.ts',
    code: 'return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1',
    span,
    mutator: 'ConditionalExpression',
    replacement: 'true',
    reason:
      'with the year checked, a date that overflows (2026-02-30, 2026-13-01, 2026-03-00) always changes its month and its day: dropping the month check or the day check alone changes nothing (the year check is what catches 0050-01-01, which Date.UTC reads as 1950)',
  })),
  {
    file: 'src/internal/disclosure.ts',
    code: 'if (!panel) return;',
    mutator: 'ConditionalExpression',
    replacement: 'false',
    reason:
      'animate() runs after a render, only for ids shown, whose panels that render has just made: the panel is always there',
  },
  {
    file: 'src/internal/disclosure.ts',
    code: 'this.running?.delete(id);',
    mutator: 'OptionalChaining',
    reason: 'settle() runs only from animate(), which has already created `running`',
  },
  { file: article, code: 'const raw = {', mutator: 'ObjectLiteral', reason: raw },
  {
    file: article,
    code: 'private shown: SectionId[] = [...SECTION_IDS];',
    mutator: 'ArrayDeclaration',
    reason:
      'the initial list of sections is never read: the first update always computes it, as `sections` is among the changed properties',
  },
  { file: faq, code: 'const raw = {', mutator: 'ObjectLiteral', reason: raw },
  { file: stepper, code: 'const raw = {', mutator: 'ObjectLiteral', reason: raw },
  {
    file: 'src/components/benefits-accordion/benefits-accordion.ts',
    code: 'const raw = {',
    mutator: 'ObjectLiteral',
    reason: raw,
  },
  {
    file: clinic,
    code: "if (child.tag === 'script' && child.attr('type') === 'application/ld+json') continue;",
    column: 35,
    mutator: 'ConditionalExpression',
    reason:
      'every script child but a JSON-LD block has been taken out before entriesOf() reads the children, by update() in the browser as by clinicChildren() in the prerenderer: no other script is left to skip',
  },
  { file: clinic, code: 'private shownIds: string[] = [];', mutator: 'ArrayDeclaration', reason: initial('shownIds') },
  {
    file: clinic,
    code: "private read = '';",
    mutator: 'StringLiteral',
    reason:
      'the first take() compares the JSON of a list, which starts with [: it differs from "" and from "Stryker was here!" alike, so the first reading always counts',
  },
  {
    file: clinic,
    code: "return typeof document !== 'undefined'",
    column: 32,
    mutator: 'StringLiteral',
    reason:
      "typeof document is never \"\" either: in a browser document is always defined, so the test is true both ways; in Node the prerenderer's DOM shim defines one too (whose readyState is never 'loading')",
  },
  {
    file: clinic,
    code: 'if (this.parsing) {',
    mutator: 'ConditionalExpression',
    replacement: 'true',
    reason: `a DOMContentLoaded listener added once the page is parsed never runs: ${once}`,
  },
  ...[
    [87, 'ObjectLiteral'],
    [95, 'BooleanLiteral'],
  ].map(([column, mutator]) => ({
    file: clinic,
    code: "document.addEventListener('DOMContentLoaded', () => this.take(this.list, true), { once: true });",
    column,
    mutator,
    reason: `the listener runs once with or without { once: true }: ${once}`,
  })),
  {
    file: clinic,
    code: 'this.observer?.disconnect();',
    mutator: 'OptionalChaining',
    reason: 'hostDisconnected() only ever follows hostConnected(), which has created the observer',
  },
  {
    file: clinic,
    code: 'if (this.observer?.takeRecords().length) this.update();',
    mutator: 'ConditionalExpression',
    replacement: 'true',
    reason:
      'update() with no change to read: sanitise() finds nothing, warnings already given are not given again, the slots are already right, and take() returns at the same JSON',
  },
  {
    file: clinic,
    code: 'this.version++;',
    mutator: 'UpdateOperator',
    reason:
      "version is only compared for equality with its earlier values (the elements' cache keys and `checked`, which starts at 0 as version does): counting down gives a new value at each change just as counting up",
  },
  {
    file: clinic,
    code: "return typeof document !== 'undefined'",
    span: "typeof document !== 'undefined'",
    mutator: 'ConditionalExpression',
    replacement: 'true',
    reason:
      "in a browser document is always defined, so the test is true both ways; in Node the prerenderer's DOM shim has a document whose readyState is undefined, never 'loading', so there too the page is never being parsed",
  },
  {
    file: clinic,
    code: 'const known = [...(this.spec.reserved ?? []),',
    mutator: 'ArrayDeclaration',
    span: '[]',
    reason:
      "the three elements that ask shown() each name their reserved ids (the article's own), so the fallback for none is never read",
  },
  {
    file: clinic,
    code: 'clean(child, false);',
    mutator: 'BooleanLiteral',
    reason:
      "sanitise() is never given a JSON-LD block (update() skips the host's own), and being the library's own spares nothing else: whether the child itself counts as the library's changes nothing",
  },
  {
    file: clinic,
    code: 'clean(inner, library && root === el)',
    column: 95,
    mutator: 'ConditionalExpression',
    replacement: 'true',
    reason:
      "an element of the library's has only itself to look into (its shadow root is the library's): for it, the root is always the element",
  },
  {
    file: clinic,
    code: 'slot !== null && spec.slots?.includes(slot) ? slot : undefined;',
    span: 'slot !== null',
    mutator: 'ConditionalExpression',
    replacement: 'true',
    reason: "an element's slots are names, never null: includes(null) is false, as the check for null was",
  },
  {
    file: clinic,
    code: 'if (!host.firstElementChild && !this.list.length)',
    mutator: 'ConditionalExpression',
    replacement: 'false',
    reason:
      "for an element with no child and no entry, the rest of update() finds no child: it warns of nothing, slots nothing and takes an empty list; its only trace, version counted once more as the element connects, comes before its first render, which reads its ids and (the stepper) its active-step anyway: the shortcut only saves the work for a page's many elements without a child",
  },
  // Rendering again right after a take-over costs a render, and changes nothing on the page but
  // for the stepper whose current step is the clinic's (the one case that asks for it).
  ...[
    ['protected unlikeServer = false;', 'BooleanLiteral', undefined],
    ['if (this.unlikeServer) super.update(changed);', 'ConditionalExpression', 'true'],
  ].map(([code, mutator, replacement]) => ({
    file: element,
    code,
    mutator,
    replacement,
    reason: again,
  })),
  {
    file: stepper,
    code: 'const clamped = n < 0 ? 0 : last;',
    mutator: 'EqualityOperator',
    replacement: 'n <= 0',
    reason:
      'a stepper always shows a step (an empty or wholly unknown `steps` shows them all), so `last` is at least 0 and 0 is never out of range: n is never 0 here, where `n <= 0` and `n < 0` would differ',
  },
  ...[
    ['const moved = this.checked !== this.entries.version;', 19],
    ["} else if (moved || changed.has('activeStep') || changed.has('steps')) {", 16],
  ].map(([code, column]) => ({
    file: stepper,
    code,
    column,
    mutator: 'ConditionalExpression',
    replacement: 'true',
    reason:
      "working the index out again on an update where the clinic's steps did not move finds the index the stepper has: the step shown is where it was, and once the page is parsed active-step is written back, so it names that index (while the page is parsed, the check is quiet and active-step still gives the same index: a move by the visitor writes it too)",
  })),
  ...[
    ['ConditionalExpression', 'true'],
    ['LogicalOperator', 'this.entries.list.length > 0 || this.isConnected'],
    ['EqualityOperator', 'this.entries.list.length >= 0'],
  ].map(([mutator, replacement]) => ({
    file: stepper,
    code: 'this.listenForPrint(this.entries.list.length > 0 && this.isConnected);',
    mutator,
    replacement,
    reason:
      "a stepper without a clinic's step that listens for printing renders again at beforeprint and afterprint and changes nothing (only a clinic's step has a text that moves to the checklist), as does one taken off the page, which is not printed: the check spares the listeners and the renders",
  })),
  ...[
    ['ConditionalExpression', 'true'],
    ['LogicalOperator', undefined],
  ].map(([mutator, replacement]) => ({
    file: stepper,
    code: 'if (clinic && this.hydrating) this.unlikeServer = true;',
    mutator,
    replacement,
    reason: again,
  })),
  {
    file: locale,
    code: 'for (const el of connected) if (el.renderedLocale !== undefined) el.requestUpdate();',
    mutator: 'ConditionalExpression',
    replacement: 'true',
    reason:
      'a connected element not rendered yet has its first update pending (Lit asks for it as the element is made), and requestUpdate() on it adds nothing: its locale is read when that update runs',
  },
  {
    file: locale,
    code: '} finally {',
    mutator: 'BlockStatement',
    reason:
      "renderLoaded() is only called by the prerenderer, in Node, which renders every element (and reads every element's locale) inside it, each call setting serverLocale first; a browser never sets it",
  },
  {
    file: element,
    code: '.replace(/[%-]/g,',
    mutator: 'Regex',
    replacement: '/[^%-]/g',
    reason:
      "escaping every character but % and - instead leaves the state the same on both sides, still free of '>' (so no '-->' ends the comment early), and still telling states apart: a raw % or - is never followed by a hex digit, which is always escaped",
  },
  {
    file: element,
    code: '} catch {',
    mutator: 'BlockStatement',
    reason:
      "hydrate() sets the root's part as its very last step, so when it throws (markup not this build's: test/prerender-source.test.ts) there is none to delete; only the render again after it throwing, which no input makes it do, would leave one",
  },
  ...[
    [93, 'ObjectLiteral'],
    [101, 'BooleanLiteral'],
  ].map(([column, mutator]) => ({
    file: element,
    code: "document.addEventListener('DOMContentLoaded', () => this.parsed(), { once: true });",
    column,
    mutator,
    reason: `the listener runs once with or without { once: true }: ${once}`,
  })),
  {
    file: element,
    code: 'const entries = this.entries?.list.flatMap(({ id, label }) => [id, label]) ?? [];',
    mutator: 'ArrayDeclaration',
    replacement: '["Stryker was here"]',
    reason:
      'the state of an element that takes no entries (the disclaimer) then ends in a constant instead of nothing: the same in the server and the browser, as the empty list was',
  },
];
