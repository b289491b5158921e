import path from 'node:path';

/** Where a site's content and data are. */
export interface SiteFolders {
  /** Folder holding content/ and data/. */
  root: string;
  content: string;
  data: string;
}

/**
 * A site is a folder with content/ and data/ side by side: the project itself
 * by default, or another folder named by SITE_ROOT (fixture sites in tests,
 * generated corpora in benchmarks). Layouts and static files always come
 * from the project.
 */
export function siteFolders(root: string): SiteFolders {
  const resolved = path.resolve(root);
  return { root: resolved, content: path.join(resolved, 'content'), data: path.join(resolved, 'data') };
}
