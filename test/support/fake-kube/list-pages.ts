import { StatusError, badRequest } from './status.js';
import type { KObj } from './store.js';

/**
 * Chunked lists as the apiserver serves them (`limit` / `continue`, KEP 365): every page of
 * one list comes from the same snapshot, named by the resourceVersion in the continue token;
 * a token whose snapshot is gone is 410 Expired, as after an etcd compaction. The filtered,
 * sorted result of a query is kept per store revision, so a 300-page list does not rescan
 * and resort the store 300 times.
 */
export class ListPages {
  /** query -> the result at one revision; one entry per query, replaced when the store moves on. */
  private readonly snapshots = new Map<string, { revision: string; items: KObj[] }>();
  /** Whole list responses while the store is frozen, by query, revision and range: a benchmark's
   * fake then answers a page with one write and no garbage, so on shared cores it takes as
   * little CPU from the client it measures as an apiserver on another machine would. */
  private readonly frozenPages = new Map<string, Buffer>();
  frozen = false;

  page(query: string, revision: string, compute: () => KObj[], limitParam: string | null, continueParam: string | null): { items: KObj[]; metadata: Record<string, unknown>; key: string } {
    const limit = limitParam === null || limitParam === '' ? 0 : Number(limitParam);
    if (!Number.isInteger(limit) || limit < 0) throw badRequest(`invalid limit: ${JSON.stringify(limitParam)}`);
    let start = 0;
    let snapshot = this.snapshots.get(query);
    if (continueParam) {
      const token = decodeToken(continueParam);
      if (token.query !== query) throw badRequest('the continue token was issued for another list request');
      if (!snapshot || snapshot.revision !== token.rv) {
        throw new StatusError(410, 'Expired', 'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.');
      }
      start = token.start;
    } else if (!snapshot || snapshot.revision !== revision) {
      snapshot = { revision, items: compute() };
      this.snapshots.set(query, snapshot);
    }
    const all = snapshot!.items;
    const end = limit > 0 ? Math.min(all.length, start + limit) : all.length;
    const metadata: Record<string, unknown> = { resourceVersion: snapshot!.revision };
    if (end < all.length) {
      metadata.continue = encodeToken({ query, rv: snapshot!.revision, start: end });
      metadata.remainingItemCount = all.length - end;
    }
    return { items: all.slice(start, end), metadata, key: `${query}|${snapshot!.revision}|${start}|${end}` };
  }

  /** As an etcd compaction does: every continue token issued so far now gets 410 Expired. */
  compact(): void {
    this.snapshots.clear();
    this.frozenPages.clear();
  }

  /** The list response as JSON; while the store is frozen, each page is serialised once, by `key`. */
  serialise(head: Record<string, unknown>, items: readonly KObj[], key: string): string | Buffer {
    if (!this.frozen) return JSON.stringify({ ...head, items });
    let page = this.frozenPages.get(key);
    if (page === undefined) this.frozenPages.set(key, (page = Buffer.from(JSON.stringify({ ...head, items }))));
    return page;
  }
}

interface Token {
  query: string;
  rv: string;
  start: number;
}

function encodeToken(t: Token): string {
  return Buffer.from(JSON.stringify(t)).toString('base64url');
}

function decodeToken(text: string): Token {
  try {
    const t = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Token;
    if (typeof t.query === 'string' && typeof t.rv === 'string' && Number.isInteger(t.start) && t.start >= 0) return t;
  } catch {
    // fall through to the apiserver's answer for a malformed token
  }
  throw badRequest('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
}
