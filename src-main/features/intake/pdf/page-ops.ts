/**
 * Page editor operations on a batch's page list. Pure: each returns a new list and never touches
 * images (rotation is a number applied at assembly), so every edit is instant and reversible.
 * Unknown page ids are refused by name rather than ignored.
 */
import type { IntakePage } from '../../../../src-shared/contracts/intake.contract';
import { appError } from '../../../../src-shared/rpc/errors';

function requireIds(pages: readonly IntakePage[], ids: readonly string[]): void {
  const known = new Set(pages.map((p) => p.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw appError('intake.pagesMissing', { pages: missing.join(', ') }, { field: 'pageIds', missing });
  }
}

/** `order` must list every page exactly once. */
export function reorderPages(pages: readonly IntakePage[], order: readonly string[]): IntakePage[] {
  requireIds(pages, order);
  if (new Set(order).size !== order.length || order.length !== pages.length) {
    throw appError('intake.orderIncomplete', { count: pages.length }, { field: 'order' });
  }
  const byId = new Map(pages.map((p) => [p.id, p]));
  return order.map((id) => byId.get(id)!);
}

export function rotatePages(pages: readonly IntakePage[], ids: readonly string[], deg: 90 | 180 | 270): IntakePage[] {
  requireIds(pages, ids);
  const set = new Set(ids);
  return pages.map((p) => (set.has(p.id) ? { ...p, rotation: ((p.rotation + deg) % 360) as IntakePage['rotation'] } : p));
}

export function deletePages(pages: readonly IntakePage[], ids: readonly string[]): IntakePage[] {
  requireIds(pages, ids);
  const set = new Set(ids);
  return pages.filter((p) => !set.has(p.id));
}

/** Moves the given pages (kept in their current relative order) before `before`, or to the end. */
export function movePages(pages: readonly IntakePage[], ids: readonly string[], before: string | null): IntakePage[] {
  requireIds(pages, before === null ? ids : [...ids, before]);
  const set = new Set(ids);
  if (before !== null && set.has(before)) throw appError('intake.moveBeforeSelf', undefined, { field: 'before' });
  const moving = pages.filter((p) => set.has(p.id));
  const rest = pages.filter((p) => !set.has(p.id));
  const at = before === null ? rest.length : rest.findIndex((p) => p.id === before);
  return [...rest.slice(0, at), ...moving, ...rest.slice(at)];
}

/** Inserts new pages before `before` (end when absent), or replaces page `replace` by the first new page and inserts the rest after it. */
export function insertPages(
  pages: readonly IntakePage[],
  added: readonly IntakePage[],
  where: { before?: string | undefined; replace?: string | undefined },
): IntakePage[] {
  if (where.replace !== undefined) {
    requireIds(pages, [where.replace]);
    const i = pages.findIndex((p) => p.id === where.replace);
    return [...pages.slice(0, i), ...added, ...pages.slice(i + 1)];
  }
  if (where.before !== undefined) {
    requireIds(pages, [where.before]);
    const i = pages.findIndex((p) => p.id === where.before);
    return [...pages.slice(0, i), ...added, ...pages.slice(i)];
  }
  return [...pages, ...added];
}

/**
 * Splits one batch into documents: each id in `starts` begins a new document. The first page
 * always begins the first document, so listing it is optional.
 */
export function splitPages(pages: readonly IntakePage[], starts: readonly string[]): IntakePage[][] {
  requireIds(pages, starts);
  const set = new Set(starts);
  const parts: IntakePage[][] = [];
  for (const p of pages) {
    if (parts.length === 0 || (set.has(p.id) && parts[parts.length - 1]!.length > 0)) parts.push([]);
    parts[parts.length - 1]!.push(p);
  }
  return parts;
}
