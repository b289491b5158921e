import { describe, expect, it } from 'vitest';
import { activityLabel, districtLabel } from '../../lib/content/labels.ts';

describe('labels', () => {
  it('names an activity by its number and short name', () => {
    expect(activityLabel({ id: 2, shortName: 'Lễ khai mạc' })).toBe('Hoạt động 2: Lễ khai mạc');
  });

  it('names a district by its full name, capitalised', () => {
    expect(districtLabel({ fullName: 'huyện Hoằng Hóa' })).toBe('Huyện Hoằng Hóa');
    expect(districtLabel({ fullName: 'thành phố Sầm Sơn' })).toBe('Thành phố Sầm Sơn');
  });
});
