import type { Entry } from '../content/load.ts';

/** The kicker on an entry's share card. */
export const SHARE_KICKERS: Record<Exclude<Entry['kind'], 'page'>, string> = {
  story: 'Tin bài',
  profile: 'Gương tự học',
  event: 'Sự kiện',
};
