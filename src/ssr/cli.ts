#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx microneedling-elements render INPUT.html [-o OUTPUT.html] [--lang TAG]`: a page with every
 * `<mn-*>` element prerendered (see ./index.ts). INPUT and OUTPUT default to stdin and stdout,
 * as does `-`. Warnings go to stderr and never stop the render; a failure gives one line on
 * stderr, exit code 1, and leaves OUTPUT as it was.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { renderPage } from './index.js';

const USAGE = 'usage: microneedling-elements render [INPUT.html] [-o OUTPUT.html] [--lang TAG]';

/** Text that cannot be an HTML page: NUL bytes (a binary file), or not a single tag. */
const looksLikeHtml = (text: string) => !text.includes('\0') && /<[a-z!]/i.test(text);

function fail(message: string): never {
  console.error(`microneedling-elements: ${message}`);
  process.exit(1);
}

async function main(given: string[]): Promise<void> {
  if (given.includes('--help') || given.includes('-h')) return void console.log(USAGE);
  // --lang=es and --output=out.html as well as --lang es.
  const args = given.flatMap((arg) => (/^--(lang|output)=/.test(arg) ? arg.split(/=(.*)/s, 2) : [arg]));
  if (args[0] !== 'render') fail(`unknown command "${args[0] ?? ''}". ${USAGE}`);
  let input = '-';
  let output = '-';
  let lang: string | undefined;
  let inputs = 0;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-o' || arg === '--output' || arg === '--lang') {
      const value = args[++i];
      if (value === undefined) fail(`${arg} needs a value. ${USAGE}`);
      if (arg === '--lang') lang = value;
      else output = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      fail(`unknown option "${arg}". ${USAGE}`);
    } else if (inputs++) {
      fail(`one input at a time ("${input}", then "${arg}"). ${USAGE}`);
    } else {
      input = arg;
    }
  }

  let html: string;
  try {
    html = readFileSync(input === '-' ? 0 : input, 'utf8');
  } catch (error) {
    fail(`cannot read ${input === '-' ? 'standard input' : input}: ${(error as Error).message}`);
  }
  if (!looksLikeHtml(html)) fail(`${input === '-' ? 'standard input' : input} is not HTML; nothing written.`);

  // Only ever a regular file: a FIFO or a device named as OUTPUT would be replaced by one.
  if (output !== '-') {
    const existing = statSync(output, { throwIfNoEntry: false });
    if (existing && !existing.isFile()) fail(`${output} is not a regular file; nothing written.`);
  }
  const page = await renderPage(html, lang === undefined ? {} : { lang });
  if (output === '-') {
    // A closed pipe or a full disk: one line, as for any other failure.
    process.stdout.on('error', (error) => fail(`cannot write to standard output: ${error.message}`));
    return void process.stdout.write(page);
  }
  // Written beside the target, then moved over it: never a half-written OUTPUT.
  const temporary = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, page);
    renameSync(temporary, output);
  } catch (error) {
    rmSync(temporary, { force: true });
    fail(`cannot write ${output}: ${(error as Error).message}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
