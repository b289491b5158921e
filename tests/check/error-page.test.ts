import { describe, expect, it } from 'vitest';
import { previewErrorPage } from '../../lib/check/error-page.ts';
import { htmlProblemsIn } from '../helpers/html-validate.ts';

describe('previewErrorPage', () => {
  it('shows the report escaped, in a page html-validate passes', async () => {
    const html = previewErrorPage('content/tin-tuc/a.md\n  LỖI dòng 6: unit — cần <mã> & "tên"');
    expect(html).toContain('LỖI dòng 6: unit — cần &lt;mã&gt; &amp; &quot;tên&quot;');
    expect(await htmlProblemsIn(html, 'loi.html')).toEqual([]);
  });
});
