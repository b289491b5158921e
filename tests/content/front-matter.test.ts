import { describe, expect, it } from 'vitest';
import { parseFrontMatterYaml, splitFrontMatter } from '../../lib/content/front-matter.ts';

const split = (yaml: string) => splitFrontMatter(`---\n${yaml}\n---\nThân bài.\n`);

describe('front matter', () => {
  it('keeps dates as text and reads the core schema, for the loader and for Eleventy alike', () => {
    const yaml = 'published: 2023-10-02 09:30\nn: 1_000\nb: yes\nx: 0o17\ntags: [a, b]';
    const result = split(yaml);
    expect(result).toMatchObject({ ok: true, body: 'Thân bài.\n', bodyLine: 8 });
    const expected = { published: '2023-10-02 09:30', n: '1_000', b: 'yes', x: 15, tags: ['a', 'b'] };
    expect(result.ok && result.data).toEqual(expected);
    expect(parseFrontMatterYaml(yaml)).toEqual(expected);
  });

  it('says what is wrong with invalid YAML, and on which line of the file', () => {
    expect(split('title: A\ntitle: B')).toMatchObject({ ok: false, message: 'YAML hợp lệ (một trường bị ghi hai lần)', line: 3 });
    expect(split('title: A\ntags:\n\t- x')).toMatchObject({ ok: false, message: expect.stringContaining('phím Tab') as unknown });
    expect(split('title: "A')).toMatchObject({ ok: false, message: expect.stringContaining('thiếu dấu đóng') as unknown, line: 2 });
    expect(split('title A\nlead: B')).toMatchObject({ ok: false, message: expect.stringContaining('thiếu dấu hai chấm') as unknown });
    expect(splitFrontMatter('title: A\n')).toMatchObject({ ok: false, line: 1 });
  });

  it('finds the line of a field, or of its nearest written parent', () => {
    const result = split('title: A\nimage:\n  src: a.jpg\n  alt: Ảnh');
    if (!result.ok) throw new Error('not parsed');
    expect(result.lineOf(['title'])).toBe(2);
    expect(result.lineOf(['image', 'alt'])).toBe(5);
    // A missing field points to where its parent's value starts.
    expect(result.lineOf(['image', 'caption'])).toBe(4);
  });
});
