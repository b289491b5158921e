import type { Entry } from '../content/entry.ts';
import { BannerCache, defaultBannerCache } from '../banners/cache.ts';
import { buildKit, kitSlogans, type BannerKit } from '../banners/kit.ts';
import { kitIdentity } from '../banners/kit-identity.ts';
import { shareCardAlt, shareCardSubjects } from '../banners/share-cards.ts';
import { formatSeconds } from '../text/numbers.ts';
import { shareImage, type ShareImage } from '../banners/share-image.ts';
import { loadSlogans } from '../banners/slogans.ts';
import type { BuildState } from './build-state.ts';
import { timeStage } from '../build-cache/timing.ts';

export interface ShareCardsOptions {
  /** Rendered files between builds; `.cache/banners/` by default. */
  cache?: BannerCache;
  log?: (line: string) => void;
}

/**
 * The banner and slogan kit at /bo-nhan-dien/ and the share cards of stories,
 * profiles and events: drawn (or found in the cache) by the build pipeline
 * before pages render, using both cores; pages then only look them up.
 */
export class ShareCards {
  /** This build's kit; a preview whose content has errors keeps its last good one. */
  kit: BannerKit | undefined;
  /** The share cards this build's pages showed, by site path: published into the output after the build. */
  readonly shown = new Map<string, string>();
  private readonly cache: BannerCache;
  private readonly log: (line: string) => void;
  // Each entry's card, kept between watch rebuilds while the entry (the same object while its file is unchanged) and the fonts are.
  private cards = new WeakMap<Entry, ShareImage>();
  private fonts = '';
  private digests = '';

  constructor(options: ShareCardsOptions = {}) {
    this.cache = options.cache ?? defaultBannerCache;
    this.log = options.log ?? ((line: string) => console.log(line));
  }

  /**
   * At the start of a build, before the publishing gate: forgets the last
   * build's cards shown and reads the fonts' digests, which key the gate's
   * fitting checks and every card in the cache.
   */
  begin(): void {
    this.shown.clear();
    this.digests = this.cache.refreshFonts();
  }

  /**
   * Draws the kit and the share cards of the build's content, once the
   * publishing gate has checked data/slogans.yaml and that the fonts can draw
   * every slogan and title.
   */
  async prepare(state: BuildState): Promise<void> {
    // The compounds and names the gate checked every text with (with a broken data/tu-ghep.yaml, the names alone).
    const { lexicon } = state;
    // A preview whose content has errors shows its error page: the kit keeps its last good version meanwhile.
    if (!state.problem) {
      const identity = kitIdentity(state.reference.campaign);
      const lines = kitSlogans(state.reference.campaign.theme, identity.themeSource, loadSlogans(state.folders.data));
      this.kit = await buildKit({ slogans: lines, heading: identity.heading, footer: identity.footer, pdfInfo: identity.pdfInfo, zipTime: identity.zipTime, lexicon, cache: this.cache });
      for (const format of this.kit.formats) {
        this.log(`Bộ nhận diện: ${format.name} ${formatSeconds(format.ms)} (đã có sẵn: ${format.reused})`);
      }
    }

    if (this.digests !== this.fonts) {
      this.cards = new WeakMap();
      this.fonts = this.digests;
    }
    const shareFooter = kitIdentity(state.reference.campaign).shareFooter;
    const missing = shareCardSubjects(state.site.all).filter(({ entry }) => !this.cards.has(entry));
    await timeStage('ảnh chia sẻ', () =>
      Promise.all(missing.map(async ({ entry, title, kicker }) => this.cards.set(entry, await shareImage(title, kicker, shareFooter, lexicon, this.cache)))),
    );
  }

  /** An entry's 1200 × 630 card, noted as shown; nothing for pages. */
  cardFor(entry: Entry | undefined): (ShareImage & { alt: string }) | undefined {
    if (!entry || entry.kind === 'page') return undefined;
    const image = this.cards.get(entry);
    if (!image) throw new Error(`Ảnh chia sẻ chưa được chuẩn bị trước khi dựng trang: ${entry.file}`);
    this.shown.set(image.url, image.file);
    return { ...image, alt: shareCardAlt(entry, image.title) };
  }
}
