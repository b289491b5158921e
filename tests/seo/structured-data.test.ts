import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../lib/seo/structured-data.ts';

describe('jsonForScript', () => {
  it('cannot be closed by text from content', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script>\u2028' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>\u2028' });
  });

  it('escapes comment openers and line separators too, and nothing else', () => {
    expect(jsonForScript({ name: '</script><!--' })).toBe('{"name":"\\u003c/script>\\u003c!--"}');
    const value = { description: 'a\u2028b\u2029c <!-- d --> & “Học”' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
    expect(jsonForScript({ headline: 'Sở GD&ĐT “Học” > 5' })).toBe(JSON.stringify({ headline: 'Sở GD&ĐT “Học” > 5' }));
  });
});
