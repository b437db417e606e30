import type { Reply } from './http.js';

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

/**
 * One page of `items` as GitHub serves it: `per_page` (default 30, at most 100) and
 * `page` from the query, and a `Link` header with first/prev/next/last relations whose
 * URLs keep the other query parameters, as Octokit's paginate follows `rel="next"`.
 */
export function paginate<T>(items: readonly T[], requestUrl: URL, render: (item: T, index: number) => unknown): Reply {
  const perPage = clamp(intParam(requestUrl, 'per_page') ?? DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
  const page = Math.max(1, intParam(requestUrl, 'page') ?? 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const links: string[] = [];
  const at = (p: number, rel: string) => {
    const u = new URL(requestUrl);
    u.searchParams.set('page', String(p));
    links.push(`<${u.toString()}>; rel="${rel}"`);
  };
  if (page > 1) at(page - 1, 'prev');
  if (page < lastPage) at(page + 1, 'next');
  if (page < lastPage) at(lastPage, 'last');
  if (page > 1) at(1, 'first');
  return { status: 200, body: slice.map(render), headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

function intParam(url: URL, name: string): number | undefined {
  const v = url.searchParams.get(name);
  if (v === null || !/^\d+$/.test(v)) return undefined;
  return Number(v);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
