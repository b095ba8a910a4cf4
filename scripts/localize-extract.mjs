// `npm run localize:extract`: adds new and changed source strings to every locales/*.xlf and
// keeps existing translations (lit-localize extract), then marks each translation whose English
// source changed with XLIFF's state="needs-review-translation", which translation tools show
// and `npm run localize:check` reports until a translator reviews it and removes the state.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { plain, readXliff } from './xliff.mjs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const file = (locale) => `${config.interchange.xliffDir}${locale}.xlf`;

const before = new Map();
for (const locale of config.targetLocales) {
  if (existsSync(file(locale)))
    before.set(locale, new Map(readXliff(file(locale)).units.map((u) => [u.id, plain(u.source)])));
}

execFileSync('node_modules/.bin/lit-localize', ['extract'], { stdio: 'inherit' });

for (const [locale, sources] of before) {
  const now = new Map(readXliff(file(locale)).units.map((u) => [u.id, plain(u.source)]));
  const doc = new DOMParser().parseFromString(readFileSync(file(locale), 'utf8'), 'text/xml');
  const units = doc.getElementsByTagName('trans-unit');
  const changed = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units.item(i);
    const id = unit.getAttribute('id');
    const target = unit.getElementsByTagName('target').item(0);
    if (target && sources.has(id) && sources.get(id) !== now.get(id)) {
      target.setAttribute('state', 'needs-review-translation');
      changed.push(id);
    }
  }
  if (changed.length) {
    writeFileSync(file(locale), new XMLSerializer().serializeToString(doc));
    console.log(`${file(locale)}: the English source of ${changed.join(', ')} changed; review the translation.`);
  }
}
