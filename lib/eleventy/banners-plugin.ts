import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { AfterBuild } from './after-build.ts';
import type { Entry } from '../content/load.ts';
import { BannerCache, defaultBannerCache } from '../banners/cache.ts';
import { buildKit, withIds, type BannerKit } from '../banners/kit.ts';
import { kitIdentity } from '../banners/kit-identity.ts';
import { SHARE_KICKERS } from '../banners/share-kickers.ts';
import { formatBytes, formatSeconds } from '../text/numbers.ts';
import { shareImage, type ShareImage } from '../banners/share-image.ts';
import { loadSlogans } from '../banners/slogans.ts';
import { loadLexicon } from '../banners/compounds.ts';
import { NO_LEXICON } from '../text/word-groups.ts';
import type { BuildState } from './build-state.ts';
import { publishFile } from '../build-cache/publish-file.ts';
import { timeStage } from '../build-cache/timing.ts';

function titleOf(entry: Exclude<Entry, { kind: 'page' }>): string {
  return entry.kind === 'profile' ? entry.name : entry.title;
}

export interface BannersPluginOptions {
  /** Rendered files between builds; `.cache/banners/` by default. */
  cache?: BannerCache;
  log?: (line: string) => void;
}

/**
 * The banner and slogan kit at /bo-nhan-dien/ and the share cards of stories,
 * profiles and events. Before the build: checks data/slogans.yaml and that the
 * fonts can draw every slogan and title (all problems at once), then renders
 * what the cache does not have yet. After it: copies the files into the output.
 */
export function bannersPlugin(eleventyConfig: UserConfig, state: BuildState, options: BannersPluginOptions = {}): void {
  const cache = options.cache ?? defaultBannerCache;
  const log = options.log ?? ((line: string) => console.log(line));
  let kit: BannerKit | undefined;
  const shareFiles = new Map<string, string>();
  // Each entry's card, kept between watch rebuilds while the entry (the same object while its file is unchanged) and the fonts are.
  let cards = new WeakMap<Entry, ShareImage>();
  let fonts = '';

  eleventyConfig.addWatchTarget('static/fonts/**');

  eleventyConfig.on('eleventy.before', async () => {
    shareFiles.clear();
    const digests = cache.refreshFonts();
    // The publishing gate (state.refresh) has checked the slogans and that the fonts draw every text; with an error there is nothing to draw.
    if (!(await state.whenLoaded())) return;
    // The gate has checked data/tu-ghep.yaml; a preview with an error there keeps breaking lines at any word.
    let lexicon = NO_LEXICON;
    try {
      lexicon = loadLexicon(state.folders.data, state.reference);
    } catch (error) {
      if (!state.problem) throw error;
    }
    // A preview whose content has errors shows its error page: the kit keeps its last good version meanwhile.
    if (!state.problem) {
      const identity = kitIdentity(state.reference.campaign);
      const lines = withIds([
        { kind: 'theme', text: state.reference.campaign.theme, source: identity.themeSource },
        ...loadSlogans(state.folders.data)
          .filter((slogan) => slogan.verified)
          .map((slogan) => ({ kind: 'slogan' as const, text: slogan.text, source: slogan.source })),
      ]);
      kit = await buildKit({ slogans: lines, heading: identity.heading, footer: identity.footer, pdfInfo: identity.pdfInfo, zipTime: identity.zipTime, lexicon, cache });
      for (const format of kit.formats) {
        log(`Bộ nhận diện: ${format.name} ${formatSeconds(format.ms)} (đã có sẵn: ${format.reused})`);
      }
    }

    // Share cards are drawn (or found in the cache) before pages render, using both cores; pages then only look them up.
    if (digests !== fonts) {
      cards = new WeakMap();
      fonts = digests;
    }
    const shareFooter = kitIdentity(state.reference.campaign).shareFooter;
    const missing = state.site.all.filter((entry): entry is Exclude<Entry, { kind: 'page' }> => entry.kind !== 'page' && !cards.has(entry));
    await timeStage('ảnh chia sẻ', () =>
      Promise.all(missing.map(async (entry) => cards.set(entry, await shareImage(titleOf(entry), SHARE_KICKERS[entry.kind], shareFooter, lexicon, cache)))),
    );
  });

  eleventyConfig.addGlobalData('bannerKit', () => kit);
  eleventyConfig.addFilter('fileSizeVi', (bytes: number) => formatBytes(bytes));
  eleventyConfig.addFilter('numberVi', (value: number) => value.toLocaleString('vi-VN'));

  /** `{% set card = entry | shareImage %}`: the entry's 1200 × 630 card, or nothing for pages. */
  eleventyConfig.addFilter('shareImage', (entry: Entry | undefined): (ShareImage & { alt: string }) | undefined => {
    if (!entry || entry.kind === 'page') return undefined;
    const image = cards.get(entry);
    if (!image) throw new Error(`Ảnh chia sẻ chưa được chuẩn bị trước khi dựng trang: ${entry.file}`);
    shareFiles.set(image.url, image.file);
    return { ...image, alt: `${SHARE_KICKERS[entry.kind]}: ${image.title}` };
  });

  eleventyConfig.on('eleventy.after', ({ directories }: AfterBuild) => {
    const files = [...(kit?.outputs ?? []), ...[...shareFiles].map(([url, source]) => ({ url, source }))];
    return Promise.all(files.map(({ url, source }) => publishFile(source, path.join(directories.output, url))));
  });
}
