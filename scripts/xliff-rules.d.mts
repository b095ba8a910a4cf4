/** A piece of a source or target: text, an `<x>` placeholder, or the start of other markup. */
export type Part = { text: string } | { x: string; id: string } | { markup: string };

/** One trans-unit as parseXliff() reads it. */
export interface Unit {
  id: string;
  line: number;
  source: Part[];
  targets: number;
  target?: Part[] & { state?: string; line: number };
  notes: { from?: string; text: string }[];
}

export interface ParsedXliff {
  units: Unit[];
  header: { from: string; text: string }[];
  targetLanguage?: string;
  root?: string;
}

/** What the check found: a problem breaks the build, a warning does not, a todo is not translated yet. */
export interface Finding {
  level: 'problem' | 'warning' | 'todo';
  line: number;
  column?: number;
  id?: string;
  message: string;
}

export const ORPHANED: string;
export const unfinished: (unit: Pick<Unit, 'target'>) => boolean;
export const percent: (done: number, total: number) => number;
export const plain: (parts: readonly Part[]) => string;
export function xmlError(text: string): { line: number; column: number; message: string } | undefined;
export function parseXliff(text: string, parse: (text: string) => Document): ParsedXliff;
export function checkXliff(
  text: string,
  sources: ReadonlyMap<string, { source: readonly Part[] }>,
  parse: (text: string) => Document,
): { findings: Finding[]; total: number; file?: ParsedXliff };
export function findingLine(
  file: string,
  finding: Finding,
  sources: ReadonlyMap<string, { source: readonly Part[] }>,
): string;
