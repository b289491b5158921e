import type UserConfig from '@11ty/eleventy/UserConfig';
import { isPageRequest, previewErrorPage } from '../check/error-page.ts';
import type { BuildState } from './build-state.ts';

/**
 * `npm start`'s server: while the content has errors, every page it is asked
 * for is the error page with the check's report (never the stale pages of an
 * earlier build); styles, photos and scripts are served as usual.
 */
export function previewPlugin(eleventyConfig: UserConfig, state: BuildState): void {
  if (!state.settings.preview) return;
  eleventyConfig.setServerOptions({
    onRequest: {
      '/*': ({ url }: { url: URL }) =>
        state.problem && isPageRequest(url.pathname)
          ? { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }, body: previewErrorPage(state.problem) }
          : undefined,
    },
  });
}
