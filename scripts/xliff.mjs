// Reading lit-localize's XLIFF 1.2 files, for the translators' check, the extract wrapper, the
// language table and the pseudo-locale.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { SaxesParser } from 'saxes';

export const PSEUDO_LOCALE = 'en-XA';

/** The `from` of the note that keeps a unit's previous English while its translation awaits review. */
export const PREVIOUS_SOURCE = 'previous-source';

/**
 * The file header's notes, by the `from` the README's language table reads (scripts/languages.mjs),
 * and what a new file says in them until the translator writes who translated and who reviewed.
 */
export const TRANSLATED_BY = 'translated-by';
export const REVIEWED_BY = 'reviewed-by';
export const NEW_HEADER = {
  [TRANSLATED_BY]:
    'Not recorded yet: write here who translated this file (a person, or the machine translation, its model and date) and how it was checked.',
  [REVIEWED_BY]: 'Not yet reviewed by a native speaker.',
};

/**
 * The `from` of the note the extract adds to a unit the code no longer has, which it keeps
 * (with its translation) instead of deleting it.
 */
export const ORPHANED = 'orphaned';

/** The state of a target the extract made for a translator to fill (XLIFF 1.2's "new"). */
export const NEW = 'new';

/**
 * Whether a unit (as readXliff() gives it) awaits its translation: no target, an empty one, or
 * one marked new or needs-translation, as translation tools count it. The build leaves such a
 * target out, so that the page shows the English, never an empty text.
 */
export const unfinished = (unit) =>
  !unit.target || !plain(unit.target).trim() || [NEW, 'needs-translation'].includes(unit.target.state);

/**
 * How far a file's translation has come: its units (those the extract marked orphaned left out),
 * how many are done, and those that are not.
 */
export function progress(file) {
  const units = readXliff(file).units.filter((u) => !u.notes.some((n) => n.from === ORPHANED));
  const open = units.filter(unfinished);
  return { total: units.length, done: units.length - open.length, unfinished: open };
}

/** Done as a whole percentage, never 100 until every unit is done (60 of 61 is 98%, not 100%). */
export const percent = (done, total) => (done === total ? 100 : Math.min(99, Math.round((100 * done) / total)));

/**
 * The languages the elements offer: the configured ones whose file translates every unit. An
 * unfinished language is left out of the build, so that no English text is ever shown under its
 * tag; a page in it gets English, marked lang="en", until it is complete.
 */
export function offeredLocales(config, cwd = '.') {
  return config.targetLocales.filter((tag) => {
    const file = join(cwd, `${config.interchange.xliffDir}${tag}.xlf`);
    if (!existsSync(file)) return false;
    const { total, done } = progress(file);
    return total > 0 && done === total;
  });
}

/** xmldom's node lists are not iterable. */
export const list = (nodes) => Array.from({ length: nodes.length }, (_, i) => nodes.item(i));

/** Line and column (1-based) of an offset in a text. */
function position(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The id of the trans-unit a line of the file falls in, if any. */
export function unitAt(text, line) {
  const lines = text.split('\n').slice(0, line);
  for (let i = lines.length - 1; i >= 0; i--) {
    const id = /<trans-unit\b[^>]*\bid="([^"]*)"/.exec(lines[i]);
    if (id) return id[1];
    if (i < lines.length - 1 && lines[i].includes('</trans-unit>')) return undefined;
  }
  return undefined;
}

/**
 * Where an XLIFF text is not well-formed XML, as translation tools and the build see it: the
 * first error, with its line, column and a message a translator can act on. Undefined if it is.
 */
export function xmlError(text) {
  // A strict parser stops at a bare & with a confusing message; name it first.
  const bare = /&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[\dA-Fa-f]+);)/.exec(text);
  if (bare) {
    return { ...position(text, bare.index), message: 'a bare "&": write it as &amp; (XML needs the escape)' };
  }
  const curly = curlyQuote(text);
  if (curly) return curly;
  const unbalanced = tagError(text);
  if (unbalanced) return unbalanced;
  let first;
  const parser = new SaxesParser({ position: true });
  parser.on('error', (error) => {
    if (first) return;
    const [, line, column, message] = /^(\d+):(\d+): (.*)$/s.exec(error.message) ?? ['', '0', '0', error.message];
    const entity =
      /undefined entity/.test(message) &&
      /&([A-Za-z_][\w.-]*);[^&]*$/.exec(text.slice(0, lineOffset(text, +line, +column)));
    first = {
      line: +line,
      column: +column,
      message: entity
        ? `"&${entity[1]};" is not an XML entity: write the character itself (for a non-breaking space, U+00A0, or &#160;)`
        : `not well-formed XML: ${message.replace(/\.$/, '')}`,
    };
  });
  try {
    parser.write(text).close();
  } catch {
    // saxes reports through 'error' and may also throw after it; the first report is enough.
  }
  return first;
}

/** Quotation marks a word processor or a keyboard layout types instead of XML's straight ones. */
const CURLY = /[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\uff02\uff07]/;

/**
 * A typographic quotation mark inside a tag (`<target state=”final”>`), at its own line and
 * column: XML parsers call it an unquoted value or a disallowed character, elsewhere. In the
 * text between tags such quotes are words, and stay.
 */
function curlyQuote(text) {
  const tag = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<\/?([A-Za-z_][\w.:-]*)[^<>]*>/g;
  for (let match; (match = tag.exec(text));) {
    const [whole, name] = match;
    if (!name) continue;
    const at = CURLY.exec(whole);
    if (!at) continue;
    return {
      ...position(text, match.index + at.index),
      message: `a curly quote ${at[0]} in the markup of <${name}>: XML needs straight quotes (" or ') around attribute values, as in state="final"`,
    };
  }
  return undefined;
}

/** The candidate nearest to `word` by edit distance (insertions, deletions, substitutions). */
export function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    let row = Array.from({ length: candidate.length + 1 }, (_, i) => i);
    for (let i = 1; i <= word.length; i++) {
      const next = [i];
      for (let j = 1; j <= candidate.length; j++) {
        next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (word[i - 1] === candidate[j - 1] ? 0 : 1));
      }
      row = next;
    }
    if (row[candidate.length] < bestDistance) [best, bestDistance] = [candidate, row[candidate.length]];
  }
  return best;
}

/**
 * The first tag that is not closed, or closed by another name, said the way a translator would
 * fix it (a strict parser only says "unexpected close tag").
 */
function tagError(text) {
  const open = [];
  const tag = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)(?:\s[^<>]*?)?(\/?)>/g;
  for (let match; (match = tag.exec(text));) {
    const [, closing, name, self] = match;
    if (!name || self) continue;
    const at = position(text, match.index);
    if (!closing) {
      open.push({ name, ...at });
      continue;
    }
    const top = open.pop();
    if (!top) return { ...at, message: `</${name}> closes nothing that is open` };
    if (top.name === name) continue;
    if (open.some((o) => o.name === name)) {
      return { line: top.line, column: top.column, message: `<${top.name}> is not closed: add </${top.name}>` };
    }
    return { ...at, message: `</${name}> does not close <${top.name}> (line ${top.line}): one of the two is misspelt` };
  }
  const last = open.pop();
  return last ? { line: last.line, column: last.column, message: `<${last.name}> is never closed` } : undefined;
}

function lineOffset(text, line, column) {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column;
}

/**
 * Parses one well-formed .xlf file (check xmlError() first). Returns its trans-units: id, the
 * line it starts on, source and target as lists of text, placeholder and markup parts, the
 * target's state, its notes, and how many targets it has; and the file header's notes.
 */
export function readXliff(file) {
  const text = readFileSync(file, 'utf8');
  const doc = new DOMParser({ locator: {}, errorHandler: { warning: () => {} } }).parseFromString(text, 'text/xml');
  const units = list(doc.getElementsByTagName('trans-unit')).map((unit) => {
    const children = (name) => list(unit.childNodes).filter((c) => c.nodeType === 1 && c.localName === name);
    const [source] = children('source');
    const targets = children('target');
    const target = targets[0];
    return {
      id: unit.getAttribute('id'),
      line: unit.lineNumber,
      source: source ? parts(source) : [],
      targets: targets.length,
      target: target
        ? Object.assign(parts(target), { state: target.getAttribute('state') || undefined, line: target.lineNumber })
        : undefined,
      notes: children('note').map((n) => ({ from: n.getAttribute('from') || undefined, text: n.textContent })),
    };
  });
  const header = list(doc.getElementsByTagName('header'))[0];
  const notes = header
    ? list(header.getElementsByTagName('note')).map((n) => ({
        from: n.getAttribute('from'),
        text: n.textContent.trim(),
      }))
    : [];
  return { units, header: notes };
}

/**
 * The text of an XLIFF file as the build reads it: every unfinished target (see unfinished())
 * taken out, so that lit-localize falls back to the English for it, and the units the code no
 * longer has (kept by the extract, marked orphaned) left out.
 */
export function withoutUnfinished(file) {
  const text = readFileSync(file, 'utf8');
  const { units } = readXliff(file);
  const ids = new Set(units.filter(unfinished).map((u) => u.id));
  const orphans = new Set(units.filter((u) => u.notes.some((n) => n.from === ORPHANED)).map((u) => u.id));
  if (!ids.size && !orphans.size) return text;
  const doc = new DOMParser({ errorHandler: { warning: () => {} } }).parseFromString(text, 'text/xml');
  for (const unit of list(doc.getElementsByTagName('trans-unit'))) {
    if (orphans.has(unit.getAttribute('id'))) {
      unit.parentNode.removeChild(unit);
      continue;
    }
    if (!ids.has(unit.getAttribute('id'))) continue;
    for (const target of list(unit.childNodes).filter((c) => c.nodeType === 1 && c.localName === 'target')) {
      unit.removeChild(target);
    }
  }
  return new XMLSerializer().serializeToString(doc);
}

/** Text, `<x>` placeholders (id and equiv-text) and any other markup of a source or target, in order. */
function parts(node) {
  const out = [];
  for (const child of list(node.childNodes)) {
    if (child.nodeType === 3 || child.nodeType === 4) out.push({ text: child.nodeValue });
    else if (child.nodeType === 1 && child.localName === 'x')
      out.push({ x: child.getAttribute('equiv-text') ?? '', id: child.getAttribute('id') ?? '' });
    else if (child.nodeType === 1) out.push({ markup: child.localName }, ...parts(child));
  }
  return out;
}

/** Plain text of parts, with placeholders shown as `${name}`, for messages to translators. */
export const plain = (parts) => parts.map((p) => p.text ?? p.x ?? '').join('');

/**
 * The words that differ between two versions of a text, for a translator reviewing a change:
 * `"a very light peel" → "a light peel"`. Common words at both ends are left out.
 */
export function wordChange(before, after) {
  const a = before.split(/(\s+)/);
  const b = after.split(/(\s+)/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  // A word of context on each side, so the change can be found in a long paragraph.
  const from = Math.max(0, start - 2);
  const slice = (words, stop) =>
    words
      .slice(from, Math.min(words.length, words.length - stop + 2))
      .join('')
      .trim();
  return `"${slice(a, end)}" → "${slice(b, end)}"`;
}

const ACCENTS = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'åƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);
const escape = (text) => text.replace(/[\\`]/g, (c) => `\\${c}`).replace(/\$\{/g, '\\${');

/**
 * How much longer the pseudo-locale makes a text of a given length, as translation guidelines
 * advise: short labels grow most (a 10-character heading often doubles or triples in French or
 * German), long paragraphs least.
 */
export function expansion(length) {
  if (length <= 10) return 3;
  if (length <= 20) return 2.4;
  if (length <= 50) return 2.1;
  if (length <= 70) return 1.7;
  return 1.4;
}

/** The pseudo-locale's module: every source string accented and padded to its expansion. */
export function pseudoModule(units) {
  const entries = units.map(({ id, source }) => {
    let index = 0;
    const body = source
      .map((p) => (p.text !== undefined ? escape([...p.text].map((c) => ACCENTS[c] ?? c).join('')) : `\${${index++}}`))
      .join('');
    const length = [...plain(source)].length;
    // The brackets count: ⟦ and ⟧ show where a text starts and ends, so clipping is seen.
    const wanted = Math.ceil(length * expansion(length)) - length - 2;
    const padding = ' ẋẋẋẋẋ'.repeat(Math.max(1, Math.ceil(wanted / 6)));
    const text = `⟦${body}${padding}⟧`;
    return `  '${id}': ${index ? 'str' : ''}\`${text}\`,`;
  });
  return `// Generated by scripts/localize.mjs from the source strings: the pseudo-locale ${PSEUDO_LOCALE}. Do not edit.
import { str } from '@lit/localize';

export const templates = {
${entries.join('\n')}
};
`;
}
