// `npm run localize:extract`: adds new and changed source strings to every locales/*.xlf and
// keeps existing translations (lit-localize extract). A translation whose English source changed
// is marked state="needs-review-translation", which translation tools show, and keeps the English
// it was made from in a <note from="previous-source">, so that a one-word change in a long
// paragraph can be found; `npm run localize:check` shows the change and fails until the
// translator reviews it and removes the state. The next extract then drops the note.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { list, plain, PREVIOUS_SOURCE, readXliff } from './xliff.mjs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const file = (locale) => `${config.interchange.xliffDir}${locale}.xlf`;

const before = new Map();
for (const locale of config.targetLocales) {
  if (existsSync(file(locale)))
    before.set(locale, new Map(readXliff(file(locale)).units.map((u) => [u.id, plain(u.source)])));
}

execFileSync('node_modules/.bin/lit-localize', ['extract'], { stdio: 'inherit' });

const REVIEW = /^needs-review/;

for (const [locale, sources] of before) {
  const doc = new DOMParser().parseFromString(readFileSync(file(locale), 'utf8'), 'text/xml');
  const changed = [];
  let edited = false;
  for (const unit of list(doc.getElementsByTagName('trans-unit'))) {
    const id = unit.getAttribute('id');
    const children = (name) => list(unit.childNodes).filter((c) => c.nodeType === 1 && c.localName === name);
    const [source] = children('source');
    const [target] = children('target');
    const previous = children('note').find((n) => n.getAttribute('from') === PREVIOUS_SOURCE);
    const was = sources.get(id);
    if (target && was !== undefined && was !== plainText(source)) {
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
  if (edited) writeFileSync(file(locale), `${new XMLSerializer().serializeToString(doc).trimEnd()}\n`);
  if (changed.length) {
    console.log(`${file(locale)}: the English source of ${changed.join(', ')} changed; review the translation.`);
  }
}

/** A source's text with placeholders as `${name}`, as readXliff() gives it. */
function plainText(source) {
  return list(source.childNodes)
    .map((c) => (c.nodeType === 1 && c.localName === 'x' ? (c.getAttribute('equiv-text') ?? '') : c.textContent))
    .join('');
}
