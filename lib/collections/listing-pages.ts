import type { CampaignIdentity } from '../plan/campaign-identity.ts';
import type { SiteContent } from './site-content.ts';

/** What a listing's wording reads of the page being rendered: its group's title ("huyện Nga Sơn", a tag). */
interface ListingTitle {
  title: string;
}

/**
 * A listing page's wording, called by layouts/listing.njk for each of its
 * pages: plain functions, not Eleventy computed data, which costs far more on
 * every page of a pagination.
 */
export interface ListingText {
  /** The page's name: its <title> and heading (capitalised by the layout). */
  name: (listing: ListingTitle) => string;
  /** Its heading, when it is not the name. */
  heading?: (listing: ListingTitle) => string;
  /** Its meta description. */
  description: (listing: ListingTitle, campaign: Pick<CampaignIdentity, 'title' | 'shortTitle' | 'province' | 'provinceFull'>) => string;
}

/** One paginated listing of the site: the news and profiles lists and the hubs of a tag, unit, activity or district. */
export interface ListingPage {
  /** Its virtual template, as if it were a file in the input folder. */
  template: string;
  /** The paginated collection (of SiteContent) it renders one page of at a time. */
  collection: keyof Pick<SiteContent, 'storyPages' | 'profilePages' | 'tagPages' | 'organisationPages' | 'activityPages' | 'districtPages'>;
  /** A partial shown above the items of a hub's first page. */
  headerPartial?: string;
  text: ListingText;
}

/** Every listing page, with its wording: one table, where a listing's name or description is changed. */
export const LISTING_PAGES: readonly ListingPage[] = [
  {
    template: 'tin-tuc/index.njk',
    collection: 'storyPages',
    text: { name: () => 'Tin tức', description: (_, campaign) => `Tin bài về ${campaign.title} tại ${campaign.province}.` },
  },
  {
    template: 'guong-tu-hoc/index.njk',
    collection: 'profilePages',
    text: { name: () => 'Gương tự học', description: (_, campaign) => `Những tấm gương tự học, học tập suốt đời trên địa bàn ${campaign.provinceFull}.` },
  },
  {
    template: 'chu-de.njk',
    collection: 'tagPages',
    text: { name: (listing) => `Chủ đề: ${listing.title}`, description: (listing) => `Tin bài, gương tự học và sự kiện về chủ đề ${listing.title}.` },
  },
  {
    template: 'don-vi.njk',
    collection: 'organisationPages',
    headerPartial: 'partials/organisation-header.njk',
    text: {
      name: (listing) => listing.title,
      description: (listing, campaign) => `Nhiệm vụ theo Kế hoạch, tin bài, gương tự học và sự kiện của ${listing.title} trong ${campaign.shortTitle}.`,
    },
  },
  {
    template: 'hoat-dong.njk',
    collection: 'activityPages',
    headerPartial: 'partials/activity-header.njk',
    text: { name: (listing) => listing.title, description: (listing) => `${listing.title} — tin bài, gương tự học và sự kiện về hoạt động này của Kế hoạch.` },
  },
  {
    template: 'dia-phuong.njk',
    collection: 'districtPages',
    text: { name: (listing) => listing.title, description: (listing, campaign) => `Tin bài, gương tự học và sự kiện tại ${listing.title} trong ${campaign.shortTitle}.` },
  },
];

/**
 * The data of a listing page's template: layouts/listing.njk over one page of
 * its collection at a time, at that page's address. The permalink is a
 * function, not a Nunjucks string, which Eleventy would compile again for
 * every page of the pagination.
 */
export function listingPageData(page: ListingPage) {
  return {
    layout: 'listing.njk',
    pagination: { data: `collections.${page.collection}`, size: 1, alias: 'listing' },
    permalink: ({ listing }: { listing: { url: string } }) => listing.url,
    ...(page.headerPartial ? { headerPartial: page.headerPartial } : {}),
    listingText: page.text,
  };
}
