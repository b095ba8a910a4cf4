// Every story test fails on a console.error, and on a warning from the library itself (a story
// that makes an element warn is a story with a wrong attribute).
import { afterEach, beforeEach } from 'vitest';

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
