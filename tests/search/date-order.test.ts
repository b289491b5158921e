import { describe, expect, it } from 'vitest';
import { dateOrder } from '../../lib/search/date-order.ts';

describe('newest-first order for search results', () => {
  it('orders page ids newest first, instants compared across offsets, ties by address, undated last', () => {
    const pages = [
      { id: 'vi_a', url: '/tin-tuc/b/' },
      { id: 'vi_b', url: '/tin-tuc/a/' },
      { id: 'vi_c', url: '/ke-hoach/' },
      { id: 'vi_d', url: '/su-kien/x/' },
    ];
    const dates = new Map([
      ['/tin-tuc/b/', '2023-10-02T09:30:00+07:00'],
      ['/tin-tuc/a/', '2023-10-02T02:30:00Z'],
      ['/su-kien/x/', '2023-10-05T08:00:00+07:00'],
    ]);
    expect(dateOrder(pages, dates)).toEqual(['vi_d', 'vi_b', 'vi_a', 'vi_c']);
  });
});
