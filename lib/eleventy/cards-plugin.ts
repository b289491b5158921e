import type UserConfig from '@11ty/eleventy/UserConfig';
import type { Entry } from '../content/entry.ts';
import type { BuildState } from './build-state.ts';

interface NunjucksFilterThis {
  env: { render: (name: string, context: object) => string };
}

/**
 * `{{ item | card | safe }}`: an entry's card (partials/card.njk, which reads
 * only `item`), rendered once per build. An entry is listed on many pages (the
 * news list, its unit's, districts', activities' and topics' pages, the home
 * page), and every listing shows the same card.
 */
export function cardsPlugin(eleventyConfig: UserConfig, state: BuildState): void {
  // Rendered again at each build: the card's template may have changed, not only the entry.
  const renderedCards = state.derived(() => new Map<Entry, string>());
  eleventyConfig.addNunjucksFilter('card', function (this: NunjucksFilterThis, item: Entry) {
    const cards = renderedCards();
    let html = cards.get(item);
    if (html === undefined) {
      html = this.env.render('partials/card.njk', { item });
      cards.set(item, html);
    }
    return html;
  });
}
