import type { Part } from '../scripts/xliff-rules.mjs';
import { sources } from './generated/sources.js';

/** One message of the code, as the extract writes it into every .xlf file. */
export interface SourceUnit {
  id: string;
  /** The English: text and `<x>` placeholders (their id is the value's index). */
  source: Part[];
  /** The note for translators. */
  note: string;
}

/** The code's messages by id, in the code's order. */
export const SOURCES: ReadonlyMap<string, SourceUnit> = new Map(sources.map((unit) => [unit.id, unit]));
