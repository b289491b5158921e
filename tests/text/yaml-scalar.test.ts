import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlScalar } from '../../lib/text/yaml-scalar.ts';

describe('yamlScalar', () => {
  it('writes words plain and anything YAML could misread quoted, and reads back as written', () => {
    expect(yamlScalar('Hà Tĩnh')).toBe('Hà Tĩnh');
    expect(yamlScalar('Tân Phú (Đồng Xoài)')).toBe('Tân Phú (Đồng Xoài)');
    for (const text of ['Hà Tĩnh', 'Tân Phú (Đồng Xoài)', 'Sở GD&ĐT: phòng 2', '2026', 'yes', '- Đoàn', 'Thư viện # tỉnh', '"Đọc sách"', 'null', 'No', 'True', 'Thị xã Kỳ Anh.']) {
      expect(parse(`value: ${yamlScalar(text)}`)).toEqual({ value: text });
    }
    expect(yamlScalar('2026')).toBe('"2026"');
    expect(yamlScalar('Sở GD&ĐT: phòng 2')).toBe('"Sở GD&ĐT: phòng 2"');
  });
});
