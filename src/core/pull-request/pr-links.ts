import { code, link } from '../text/markdown.js';

/** Blob links into the cluster repo at the hop commit, so `file:line` opens the line reviewed. */
export interface RepoLinks {
  /** e.g. https://github.com/platform/cluster */
  webUrl: string;
  /** The hop branch's commit the body describes. */
  commit: string;
  /** Files of this repo (not the submodule's, not upstream's): only those have a blob to link. */
  linkable(file: string): boolean;
}

/** `file:line` as code, linked to the line when the repo is known. */
export function location(file: string, line: number | undefined, links: RepoLinks | undefined): string {
  const text = code(line ? `${file}:${line}` : file);
  if (!links || !links.linkable(file)) return text;
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return link(text, `${links.webUrl}/blob/${links.commit}/${encoded}${line ? `#L${line}` : ''}`);
}
