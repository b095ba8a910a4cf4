// `npm run localize:extract`: adds new and changed source strings to every locales/*.xlf and
// keeps existing translations (lit-localize extract). A translation whose English source changed
// is marked state="needs-review-translation", which translation tools show, and keeps the English
// it was made from in a <note from="previous-source">, so that a one-word change in a long
// paragraph can be found; `npm run localize:check` shows the change and fails until the
// translator reviews it and removes the state. The next extract then drops the note.
//
// Every file starts ready to translate: a <header> saying who translated and who reviewed it (the
// notes the README's language table reads), and an empty <target state="new"> in every unit that
// has none, which translation tools count as untranslated and the build leaves out.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { closest, list, NEW, NEW_HEADER, ORPHANED, plain, PREVIOUS_SOURCE, readXliff, unfinished } from './xliff.mjs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const file = (locale) => `${config.interchange.xliffDir.replace(/^\.\//, '')}${locale}.xlf`;

const before = new Map();
/** Each file's text before the extract, for the translated units lit-localize would delete. */
const texts = new Map();
for (const locale of config.targetLocales) {
  if (!existsSync(file(locale))) continue;
  const { units } = readXliff(file(locale));
  before.set(locale, new Map(units.map((u) => [u.id, plain(u.source)])));
  texts.set(locale, {
    text: readFileSync(file(locale), 'utf8'),
    translated: new Set(units.filter((u) => !unfinished(u)).map((u) => u.id)),
  });
}

execFileSync('node_modules/.bin/lit-localize', ['extract'], { stdio: 'inherit' });

const REVIEW = /^needs-review/;

for (const locale of config.targetLocales) {
  const sources = before.get(locale) ?? new Map();
  const doc = new DOMParser().parseFromString(readFileSync(file(locale), 'utf8'), 'text/xml');
  const changed = [];
  let edited = header(doc);
  for (const unit of list(doc.getElementsByTagName('trans-unit'))) {
    const id = unit.getAttribute('id');
    const children = (name) => list(unit.childNodes).filter((c) => c.nodeType === 1 && c.localName === name);
    const [source] = children('source');
    const [target] = children('target');
    const previous = children('note').find((n) => n.getAttribute('from') === PREVIOUS_SOURCE);
    const was = sources.get(id);
    // A unit kept for an id the code had dropped, and now has again: no longer an orphan.
    for (const note of children('note').filter((n) => n.getAttribute('from') === ORPHANED)) {
      const space = note.previousSibling;
      if (space?.nodeType === 3 && !space.nodeValue.trim()) unit.removeChild(space);
      unit.removeChild(note);
      edited = true;
    }
    if (!target && source) {
      // XLIFF 1.2 puts the target right after the source; empty, for the translator to fill.
      const empty = doc.createElement('target');
      empty.setAttribute('state', NEW);
      unit.insertBefore(empty, source.nextSibling);
      unit.insertBefore(doc.createTextNode('\n  '), empty);
      edited = true;
      continue;
    }
    // A target still empty or marked new has no translation to review.
    const translated = target && target.getAttribute('state') !== NEW && plainText(target).trim();
    if (translated && was !== undefined && was !== plainText(source)) {
      target.setAttribute('state', 'needs-review-translation');
      // The English the translation was made from: kept from the first change until the review.
      if (!previous) {
        const note = doc.createElement('note');
        note.setAttribute('from', PREVIOUS_SOURCE);
        note.appendChild(doc.createTextNode(was));
        unit.insertBefore(doc.createTextNode('\n  '), unit.lastChild);
        unit.insertBefore(note, unit.lastChild);
      }
      changed.push(id);
      edited = true;
    } else if (previous && !REVIEW.test(target?.getAttribute('state') ?? '')) {
      // Reviewed: the translator removed the mark, so the old English has served its purpose.
      const space = previous.previousSibling;
      if (space?.nodeType === 3 && !space.nodeValue.trim()) unit.removeChild(space);
      unit.removeChild(previous);
      edited = true;
    }
  }
  const orphans = texts.has(locale) ? keepOrphans(doc, texts.get(locale)) : [];
  if (orphans.length) edited = true;
  if (edited) writeFileSync(file(locale), `${new XMLSerializer().serializeToString(doc).trimEnd()}\n`);
  const written = readFileSync(file(locale), 'utf8');
  for (const { id, near } of orphans) {
    const line = written.split('\n').findIndex((l) => l.includes(`<trans-unit id="${id}"`)) + 1;
    console.log(
      `${file(locale)}:${line}: ${id}: the code has no message with this id (closest: ${near}); kept with its translation, marked <note from="${ORPHANED}">: move what you need, then delete the unit.`,
    );
  }
  if (changed.length) {
    console.log(`${file(locale)}: the English source of ${changed.join(', ')} changed; review the translation.`);
  }
}

/**
 * Puts back the translated units lit-localize dropped because the code no longer has their id
 * (a message removed or renamed, or an id a translator misspelt), each marked with a note, so
 * that no translation is lost. Returns them, each with the closest id the code has.
 */
function keepOrphans(doc, { text, translated }) {
  const [body] = list(doc.getElementsByTagName('body'));
  const now = new Set(list(doc.getElementsByTagName('trans-unit')).map((u) => u.getAttribute('id')));
  const old = new DOMParser().parseFromString(text, 'text/xml');
  const kept = [];
  for (const unit of list(old.getElementsByTagName('trans-unit'))) {
    const id = unit.getAttribute('id');
    if (now.has(id) || !translated.has(id)) continue;
    const near = closest(id, now);
    const copy = doc.importNode(unit, true);
    const notes = list(copy.childNodes).filter((c) => c.nodeType === 1 && c.localName === 'note');
    if (!notes.some((n) => n.getAttribute('from') === ORPHANED)) {
      const note = doc.createElement('note');
      note.setAttribute('from', ORPHANED);
      note.appendChild(
        doc.createTextNode(
          `The code has no message with this id (the closest is ${near}): kept so that its translation is not lost. Move what you need, then delete this unit.`,
        ),
      );
      copy.insertBefore(doc.createTextNode('\n  '), copy.lastChild);
      copy.insertBefore(note, copy.lastChild);
    }
    body.insertBefore(doc.createTextNode('\n'), body.lastChild);
    body.insertBefore(copy, body.lastChild);
    now.add(id);
    kept.push({ id, near });
  }
  return kept;
}

/**
 * Gives a file the <header> the README's language table reads, with each note it lacks (a new
 * file has none). Returns whether it changed the file.
 */
function header(doc) {
  const [file] = list(doc.getElementsByTagName('file'));
  let head = list(file.childNodes).find((c) => c.nodeType === 1 && c.localName === 'header');
  let edited = false;
  if (!head) {
    head = doc.createElement('header');
    // The header comes first in <file>, before <body>.
    const [body] = list(file.childNodes).filter((c) => c.nodeType === 1 && c.localName === 'body');
    file.insertBefore(head, body);
    file.insertBefore(doc.createTextNode('\n'), body);
    head.appendChild(doc.createTextNode('\n'));
    edited = true;
  }
  const has = new Set(list(head.getElementsByTagName('note')).map((n) => n.getAttribute('from')));
  for (const [from, text] of Object.entries(NEW_HEADER)) {
    if (has.has(from)) continue;
    const note = doc.createElement('note');
    note.setAttribute('from', from);
    note.appendChild(doc.createTextNode(text));
    head.insertBefore(doc.createTextNode('\n  '), head.lastChild);
    head.insertBefore(note, head.lastChild);
    edited = true;
  }
  return edited;
}

/** A source's or target's text with placeholders as `${name}`, as readXliff() gives it. */
function plainText(node) {
  return list(node.childNodes)
    .map((c) => (c.nodeType === 1 && c.localName === 'x' ? (c.getAttribute('equiv-text') ?? '') : c.textContent))
    .join('');
}
