import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../lib/seo/structured-data.ts';

describe('jsonForScript', () => {
  it('cannot be closed by text from content', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script>\u2028' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>\u2028' });
  });
});
