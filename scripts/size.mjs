// The size budget: fails when a shipped file grows past what it may weigh, gzipped.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/** Budgets in bytes of gzip (level 9). Raise one only by what a feature honestly costs, and say so in the README. */
export const budgets = {
  'dist/microneedling-elements.js': 12 * 1024,
};

export function measure(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let over = 0;
  for (const [file, budget] of Object.entries(budgets)) {
    const { raw, gzip, brotli } = measure(file);
    const ok = gzip <= budget;
    if (!ok) over++;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${file}: ${(gzip / 1024).toFixed(2)} KB gzip of ${(budget / 1024).toFixed(2)} KB budget ` +
        `(${raw} B raw, ${gzip} B gzip, ${brotli} B brotli)`,
    );
  }
  process.exit(over ? 1 : 0);
}
