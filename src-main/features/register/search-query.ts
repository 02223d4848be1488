/**
 * Turning clerk text into FTS5 input. Both sides go through `foldTokens` (src-shared/domain), so
 * the index and the query agree on case, diacritics, đ/d and old/new tone placement by construction.
 */
import { foldTokens } from '../../../src-shared/domain';

/** Folded token text for the index: tokens joined by single spaces. */
export function indexText(parts: readonly (string | null | undefined)[]): string {
  const tokens: string[] = [];
  for (const p of parts) if (p) for (const t of foldTokens(p)) tokens.push(t);
  return tokens.join(' ');
}

/** Prefixes up to this length are FTS5 prefix indexes (prefix='2 3' in migration register_fts). */
const INDEXED_PREFIX_MAX = 3;
/** A longer prefix with at most this many completions becomes an OR of exact terms. */
export const MAX_PREFIX_EXPANSION = 32;

const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;

/**
 * FTS5 MATCH expression for what the clerk typed: every word must appear (AND); the last word is
 * a prefix unless the text ends with a space or the word is one character (too broad a prefix;
 * a trailing single letter after other words is ignored until it grows).
 * "quyet dinh ubnd" → `"quyet" AND "dinh" AND ("ubnd" OR "ubnda")`. A prefix of 2–3 letters uses
 * the prefix index (`"ub"*`); a longer one is expanded through `expand` (the indexed terms that
 * start with it) because FTS5 would otherwise merge whole doclists. Returns null when nothing
 * searchable was typed. Tokens are quoted, so FTS5 operators typed by the clerk are plain words.
 */
export function buildMatchQuery(q: string, expand?: (prefix: string, limit: number) => string[]): string | null {
  let open = !/\s$/.test(q);
  let tokens = [...new Set(foldTokens(q))];
  // "chuyen doi s": a lone letter still being typed would narrow to the word "s"; leave it out
  // until it grows (a lone digit stays: "so 5" means 5).
  const last = tokens[tokens.length - 1];
  if (open && tokens.length > 1 && last !== undefined && /^[a-z]$/.test(last)) {
    tokens = tokens.slice(0, -1);
    open = false;
  }
  if (tokens.length === 0) return null;
  return tokens
    .map((t, i) => {
      if (i < tokens.length - 1 || !open || t.length < 2) return quote(t);
      if (t.length <= INDEXED_PREFIX_MAX || !expand) return `${quote(t)}*`;
      const terms = expand(t, MAX_PREFIX_EXPANSION + 1);
      if (terms.length === 0) return quote(t);
      if (terms.length > MAX_PREFIX_EXPANSION) return `${quote(t)}*`;
      return terms.length === 1 ? quote(terms[0]!) : `(${terms.map(quote).join(' OR ')})`;
    })
    .join(' AND ');
}
