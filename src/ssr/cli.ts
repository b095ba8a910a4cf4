#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx microneedling-elements render INPUT.html [-o OUTPUT.html] [--lang TAG] [--encoding NAME]`:
 * a page with every `<mn-*>` element prerendered (see ./index.ts). INPUT and OUTPUT default to
 * stdin and stdout, as does `-`. The page is read in its own encoding (a byte order mark, its
 * `<meta charset>`, or --encoding) and written back in it, byte for byte outside the elements.
 * Warnings go to stderr and never stop the render; a failure gives one line on stderr, exit
 * code 1, and leaves OUTPUT as it was.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { renderPage } from './index.js';

const USAGE = 'usage: microneedling-elements render [INPUT.html] [-o OUTPUT.html] [--lang TAG] [--encoding NAME]';

/**
 * The encoding a browser would read the page in: a byte order mark, else the `--encoding`
 * given, else a `<meta charset>` (or `http-equiv` content type) in its first 1024 bytes, else
 * UTF-8. Names as the WHATWG Encoding Standard knows them (latin1 is windows-1252).
 */
function encodingOf(bytes: Buffer, given: string | undefined): { name: string; declared: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'utf-8', declared: true };
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    return { name: 'utf-16', declared: true };
  }
  const label =
    given ?? /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(bytes.subarray(0, 1024).toString('latin1'))?.[1];
  if (label === undefined) return { name: 'utf-8', declared: false };
  try {
    return { name: new TextDecoder(label).encoding, declared: true };
  } catch {
    fail(`unknown encoding "${label}"${given ? '' : " (the page's <meta charset>)"}; nothing written.`);
  }
}

/** windows-1252 where it differs from ISO-8859-1 (0x80 to 0x9f), which Node's decoder gives instead. */
const WINDOWS_1252 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

/**
 * A single-byte encoding's character for each byte, or undefined for an encoding whose
 * characters take more than one byte (which the renderer does not write back).
 */
function singleByte(name: string): string | undefined {
  if (name === 'windows-1252')
    return (
      String.fromCharCode(...Array.from({ length: 0x80 }, (_, i) => i)) +
      WINDOWS_1252 +
      String.fromCharCode(...Array.from({ length: 0x60 }, (_, i) => 0xa0 + i))
    );
  const text = new TextDecoder(name).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return text.length === 256 ? text : undefined;
}

/** Text in a single-byte encoding, whose `chars` are its bytes' characters; undefined where a byte has none. */
function decodeSingle(bytes: Uint8Array, chars: string): string | undefined {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const piece = String.fromCharCode(...Array.from(bytes.subarray(i, i + 8192), (byte) => chars.charCodeAt(byte)));
    if (piece.includes('\ufffd')) return undefined;
    text += piece;
  }
  return text;
}

/** Text back into a single-byte encoding: each character its byte, or a character reference. */
function encodeSingle(text: string, chars: string): Buffer {
  const byteOf = new Map([...chars].map((c, byte) => [c, byte]));
  const reference = (c: string) => `&#x${c.codePointAt(0)!.toString(16)};`;
  let size = 0;
  for (const c of text) size += byteOf.has(c) ? 1 : reference(c).length;
  const out = Buffer.alloc(size);
  let at = 0;
  for (const c of text) {
    const byte = byteOf.get(c);
    if (byte !== undefined) out[at++] = byte;
    else at += out.write(reference(c), at, 'latin1');
  }
  return out;
}

/** Text that cannot be an HTML page: NUL bytes (a binary file), or not a single tag. */
const looksLikeHtml = (text: string) => !text.includes('\0') && /<[a-z!]/i.test(text);

function fail(message: string): never {
  console.error(`microneedling-elements: ${message}`);
  process.exit(1);
}

async function main(given: string[]): Promise<void> {
  if (given.includes('--help') || given.includes('-h')) return void console.log(USAGE);
  // --lang=es and --output=out.html as well as --lang es.
  const args = given.flatMap((arg) => (/^--(lang|output|encoding)=/.test(arg) ? arg.split(/=(.*)/s, 2) : [arg]));
  if (args[0] !== 'render') fail(`unknown command "${args[0] ?? ''}". ${USAGE}`);
  let input = '-';
  let output = '-';
  let lang: string | undefined;
  let encodingGiven: string | undefined;
  let inputs = 0;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-o' || arg === '--output' || arg === '--lang' || arg === '--encoding') {
      const value = args[++i];
      if (value === undefined) fail(`${arg} needs a value. ${USAGE}`);
      if (arg === '--lang') lang = value;
      else if (arg === '--encoding') encodingGiven = value;
      else output = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      fail(`unknown option "${arg}". ${USAGE}`);
    } else if (inputs++) {
      fail(`one input at a time ("${input}", then "${arg}"). ${USAGE}`);
    } else {
      input = arg;
    }
  }

  const name = input === '-' ? 'standard input' : input;
  let bytes: Buffer;
  try {
    bytes = readFileSync(input === '-' ? 0 : input);
  } catch (error) {
    fail(`cannot read ${name}: ${(error as Error).message}`);
  }
  // Decoded as the browser will decode it, and written back in the same encoding: a byte that
  // is not in it, or an encoding the renderer cannot write, stops the render rather than change
  // the page.
  const encoding = encodingOf(bytes, encodingGiven);
  const chars = encoding.name === 'utf-8' ? undefined : singleByte(encoding.name);
  if (encoding.name !== 'utf-8' && !chars) {
    fail(
      `${name} is in ${encoding.name}, which the renderer cannot write back; convert it to UTF-8 first (iconv -f ${encoding.name} -t utf-8).`,
    );
  }
  let html: string | undefined;
  try {
    html = chars
      ? decodeSingle(bytes, chars)
      : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    html = undefined;
  }
  if (html === undefined) {
    fail(
      encoding.declared
        ? `${name} is not valid ${encoding.name}, as it says it is; nothing written.`
        : `${name} is not UTF-8 and names no encoding: add its <meta charset> or pass --encoding (windows-1252, say); nothing written.`,
    );
  }
  if (!looksLikeHtml(html)) fail(`${name} is not HTML; nothing written.`);

  // Only ever a regular file: a FIFO or a device named as OUTPUT would be replaced by one.
  if (output !== '-') {
    const existing = statSync(output, { throwIfNoEntry: false });
    if (existing && !existing.isFile()) fail(`${output} is not a regular file; nothing written.`);
  }
  const text = await renderPage(html, { ...(lang === undefined ? {} : { lang }), ascii: !!chars });
  // Every character of the page maps back to its byte; what the renderer added is ASCII, or
  // (an id made from a label) written as a character reference.
  const page = chars ? encodeSingle(text, chars) : text;
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
