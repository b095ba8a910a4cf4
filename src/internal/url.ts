/**
 * A link target a clinic may give: an absolute http(s) URL, or a same-site path (`/book`,
 * `./book`, `../book`, `?book`, `#booking`). Anything else (javascript:, data:, mailto:,
 * `//other-host`, a bare word, a URL that does not parse) gives undefined.
 */
export function safeHref(value: string | null | undefined): string | undefined {
  const url = (value ?? '').trim();
  if (/[\s\\]/.test(url)) return undefined;
  if (/^https?:\/\//i.test(url)) {
    try {
      return new URL(url).href;
    } catch {
      return undefined;
    }
  }
  return /^(\/(?!\/)|\.{1,2}\/|[?#])/.test(url) ? url : undefined;
}

/** A strict ISO calendar date (YYYY-MM-DD) that exists, or undefined. */
export function isoDate(value: string | null | undefined): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec((value ?? '').trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : undefined;
}
