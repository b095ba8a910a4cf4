// The figures and tables that scripts write into the README and docs/, between a pair of markers
// (`<!-- name:start -->` … `<!-- name:end -->`), so that none is written by hand or goes stale.
import { readFileSync, writeFileSync } from 'node:fs';

/** `text` with `inner` between the markers called `name`; throws if it has none. */
export function withBetween(text, name, inner) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} … ${end} block`);
  return `${text.slice(0, from + start.length)}\n${inner}\n${text.slice(to)}`;
}

/** Writes `inner` between the markers called `name` in `file`; true if the file changed. */
export function writeBetween(file, name, inner) {
  const text = readFileSync(file, 'utf8');
  let next;
  try {
    next = withBetween(text, name, inner);
  } catch (error) {
    throw new Error(`${file} has ${error.message}`);
  }
  if (next !== text) writeFileSync(file, next);
  return next !== text;
}
