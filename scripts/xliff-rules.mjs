// The rules for lit-localize's XLIFF 1.2 files, once, for Node and the browser: `npm run
// localize:check` (scripts/localize-check.mjs) and the translation preview (preview/) read a file
// and judge it with these same functions. Nothing here touches the file system or a Node module;
// the caller hands in the text and its XML parser (@xmldom/xmldom in Node, the browser's DOMParser).
import { SaxesParser } from 'saxes';

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

/** States a translator or a tool may leave on a finished translation. */
const DONE = new Set(['translated', 'final', 'signed-off']);
/** States of a translation not done yet (the extract marks an empty target new): unfinished, not broken. */
const TODO = new Set([NEW, 'needs-translation']);

/**
 * Whether a unit (as parseXliff() gives it) awaits its translation: no target, an empty one, or
 * one marked new or needs-translation, as translation tools count it. The build leaves such a
 * target out, so that the page shows the English, never an empty text.
 */
export const unfinished = (unit) => !unit.target || !plain(unit.target).trim() || TODO.has(unit.target.state);

/** Done as a whole percentage, never 100 until every unit is done (60 of 61 is 98%, not 100%). */
export const percent = (done, total) => (done === total ? 100 : Math.min(99, Math.round((100 * done) / total)));

/** Node lists (xmldom's are not iterable) as arrays. */
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
 * The line of each start tag `<name …>` in the text, in document order (comments, CDATA and
 * processing instructions skipped): the n-th is the line of the n-th such element the parser
 * gives, which is how lines are known with any parser, the browser's included.
 */
function startLines(text, name) {
  const tag = new RegExp(
    `<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<\\?[\\s\\S]*?\\?>|<${name}(?=[\\s/>])`,
    'g',
  );
  const lines = [];
  let line = 1;
  let from = 0;
  for (let match; (match = tag.exec(text));) {
    for (let i = from; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
    from = match.index;
    if (match[0].startsWith(`<${name}`)) lines.push(line);
  }
  return lines;
}

/**
 * Reads one well-formed XLIFF text (check xmlError() first) with `parse` (text → XML Document).
 * Returns its trans-units: id, the line it starts on, source and target as lists of text,
 * placeholder and markup parts, the target's state and line, its notes, and how many targets it
 * has; the file header's notes; the file's target-language; and the root element's name.
 */
export function parseXliff(text, parse) {
  const doc = parse(text);
  const unitLines = startLines(text, 'trans-unit');
  const targetLines = startLines(text, 'target');
  const targets = list(doc.getElementsByTagName('target'));
  const units = list(doc.getElementsByTagName('trans-unit')).map((unit, index) => {
    const children = (name) => list(unit.childNodes).filter((c) => c.nodeType === 1 && c.localName === name);
    const [source] = children('source');
    const all = children('target');
    const target = all[0];
    return {
      id: unit.getAttribute('id'),
      line: unitLines[index],
      source: source ? parts(source) : [],
      targets: all.length,
      target: target
        ? Object.assign(parts(target), {
            state: target.getAttribute('state') || undefined,
            line: targetLines[targets.indexOf(target)],
          })
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
  const file = list(doc.getElementsByTagName('file'))[0];
  return {
    units,
    header: notes,
    targetLanguage: file?.getAttribute('target-language') || undefined,
    root: doc.documentElement?.localName,
  };
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

const short = (text) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** Placeholders as `${name}` (id N) for messages. */
const name = (p) => `${p.x} (id ${p.id})`;

/** Compares a target's placeholders with its source's, as a multiset of (id, text). */
function placeholders(source, target) {
  const wanted = source.filter((p) => p.x !== undefined);
  const got = target.filter((p) => p.x !== undefined);
  const key = (p) => `${p.id}\u0000${p.x}`;
  const count = (items) => items.reduce((m, p) => m.set(key(p), (m.get(key(p)) ?? 0) + 1), new Map());
  const want = count(wanted);
  const have = count(got);
  const found = [];
  const reported = new Set();
  for (const p of got) {
    if (reported.has(key(p))) continue;
    const n = have.get(key(p));
    const expected = want.get(key(p)) ?? 0;
    if (expected && n > expected) {
      found.push(`placeholder ${name(p)} appears ${n} times in the translation; keep it exactly once`);
      reported.add(key(p));
    } else if (!expected) {
      const sameId = wanted.find((w) => w.id === p.id);
      const sameText = wanted.find((w) => w.x === p.x);
      if (sameId)
        found.push(
          `placeholder id ${p.id} says ${p.x} in the translation but ${sameId.x} in the source; copy it exactly`,
        );
      else if (sameText)
        found.push(
          `placeholder ${p.x} has id ${p.id} in the translation but id ${sameText.id} in the source; copy it exactly`,
        );
      else found.push(`placeholder ${name(p)} is not in the source; remove it`);
      reported.add(key(p));
    }
  }
  for (const p of wanted) {
    if (have.has(key(p))) continue;
    const renamed = got.some((g) => g.id === p.id || g.x === p.x);
    if (!renamed)
      found.push(`placeholder ${name(p)} is missing from the translation; put it where your grammar needs it`);
  }
  return found;
}

/**
 * Judges one XLIFF text against the code's messages (`sources`: id → unit with its English
 * `source` parts), reading it with `parse` (text → XML Document). Returns what was found, in
 * file order, each `{ level, line, column?, id?, message }`: a `problem` breaks the build, a
 * `warning` does not, a `todo` is a unit not translated yet (unfinished is a normal state, not a
 * failure); how many units count (`total`); and the parsed file (none if it is not well-formed).
 */
export function checkXliff(text, sources, parse) {
  const findings = [];
  const report = (level, line, id, message, column) =>
    findings.push({ level, line, ...(column ? { column } : {}), ...(id ? { id } : {}), message });
  const broken = xmlError(text);
  if (broken) {
    report('problem', broken.line, unitAt(text, broken.line), broken.message, broken.column);
    return { findings, total: 0 };
  }
  const file = parseXliff(text, parse);
  let total = 0;
  const ids = new Set(file.units.map((u) => u.id));
  // An id the code does not have is most likely a misspelling of one the file lacks.
  const lacking = [...sources.keys()].filter((id) => !ids.has(id));
  const meant = new Map();
  const seen = new Map();
  for (const unit of file.units) {
    const { id, line, source, target } = unit;
    if (seen.has(id)) {
      report('problem', line, id, `this unit appears twice (also on line ${seen.get(id)}); keep one`);
      continue;
    }
    seen.set(id, line);
    const expected = sources.get(id);
    if (!expected) {
      const near = closest(id, lacking.length ? lacking : sources.keys());
      meant.set(near, id);
      const english = plain(sources.get(near).source);
      if (unit.notes.some((n) => n.from === ORPHANED)) {
        report(
          'warning',
          line,
          id,
          `no message in the code has this id; the extract kept the unit for its translation (was it ${near}, "${short(english)}"?): move what you need, then delete the unit`,
        );
      } else {
        report(
          'problem',
          line,
          id,
          `no message in the code has this id: did you mean ${near} ("${short(english)}")? Correct the id`,
        );
      }
      continue;
    }
    const english = plain(expected.source);
    if (plain(source) !== english) {
      report('problem', line, id, 'the English source changed; run npm run localize:extract');
      continue;
    }
    if (unit.targets > 1) {
      report('problem', line, id, `${unit.targets} translations (<target>) in one unit; keep one`);
      continue;
    }
    total++;
    if (!target || !plain(target).trim()) {
      report('todo', target?.line ?? line, id, 'not translated yet');
      continue;
    }
    const at = target.line ?? line;
    // Translated but still marked as to do: its words are checked all the same.
    if (TODO.has(target.state)) {
      report('todo', at, id, `translated, but marked state="${target.state}": remove the mark when it is done`);
    } else if (target.state && !DONE.has(target.state)) {
      const previous = unit.notes.find((n) => n.from === PREVIOUS_SOURCE)?.text;
      const change = previous ? `the English changed: ${wordChange(previous, english)}; ` : '';
      report(
        'problem',
        at,
        id,
        `${change}the translation is marked ${target.state}: review it, then remove state="${target.state}"`,
      );
    }
    for (const message of placeholders(source, target)) report('problem', at, id, message);
    const markup = [...new Set(target.filter((p) => p.markup).map((p) => p.markup))];
    if (markup.length) {
      report(
        'problem',
        at,
        id,
        `markup <${markup.join('>, <')}> in the translation: the page shows text only; write the words without tags`,
      );
    }
    const entity = /&(?:[A-Za-z]+|#\d+|#x[\dA-Fa-f]+);/.exec(plain(target));
    if (entity) {
      report(
        'problem',
        at,
        id,
        `the page would show "${entity[0]}" as written: type the character itself (the file escapes it once, as &amp;)`,
      );
    }
    if (plain(target).trim() === english.trim() && !['final', 'signed-off'].includes(target.state)) {
      report('warning', at, id, 'the translation is the English text; if that is meant, mark the target state="final"');
    }
  }
  for (const [id, unit] of sources) {
    if (!seen.has(id) && !meant.has(id))
      report(
        'problem',
        1,
        id,
        `not in the file yet; run npm run localize:extract and translate "${short(plain(unit.source))}"`,
      );
  }
  return { findings, total, file };
}

/**
 * A finding as the check prints it, one line: `locales/es.xlf:205: ui.step-of ("Step ${current}
 * of ${total}"): …`, with the file, the line (and column), the unit's id and its English text.
 */
export function findingLine(file, { line, column, id, message }, sources) {
  const english = id && sources.get(id) ? ` ("${short(plain(sources.get(id).source))}")` : '';
  return `${file}:${column ? `${line}:${column}` : line}: ${id ? `${id}${english}: ` : ''}${message}`;
}
