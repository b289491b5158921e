import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlProblems } from '../helpers/html-validate.ts';
import { buildSite, FIXTURES_DIR, makeSiteRoot, PROJECT_DIR, readOutput } from '../helpers/site-build.ts';

describe('preview with npm start', () => {
  it('shows drafts and embargoed items, clearly marked and kept out of search engines', async () => {
    const preview = buildSite(makeSiteRoot(path.join(FIXTURES_DIR, 'site/content')), { BUILD_NOW: '2023-10-05T20:00:00+07:00', PREVIEW: '1' }, 'preview');
    expect(preview.status).toBe(0);
    const draft = readOutput(preview.outDir, '/tin-tuc/ban-nhap-bi-mat/');
    expect(draft).toContain('<strong>BẢN NHÁP</strong>');
    expect(draft).toContain('<meta name="robots" content="noindex">');
    const embargoed = readOutput(preview.outDir, '/tin-tuc/tin-cam-van/');
    expect(embargoed).toContain('<strong>CHƯA CÔNG BỐ</strong> — chưa đến giờ công bố (Thứ Hai, 09/10/2023 07:00)');
    expect(readOutput(preview.outDir, '/tin-tuc/')).toContain('<span class="preview-badge">BẢN NHÁP</span>');
    expect(readOutput(preview.outDir, '/')).toContain('class="preview-banner"');
    expect(readOutput(preview.outDir, '/tin-tuc/thu-vien-so/')).not.toContain('preview-mark');
    // The preview's own marks (banner, badges, notes) pass html-validate as the published pages do.
    expect(await htmlProblems(preview.outDir, ['index.html', 'tin-tuc/index.html', 'tin-tuc/ban-nhap-bi-mat/index.html', 'tin-tuc/tin-cam-van/index.html'])).toEqual([]);
  });

  it('is what npm start runs, while npm run build clears PREVIEW so a production build never shows them', () => {
    const scripts = (JSON.parse(readFileSync(path.join(PROJECT_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    // npm start sets PREVIEW in Node (scripts/start.ts), so the command runs on Windows too.
    expect(scripts.start).toMatch(/ scripts\/start\.ts$/);
    expect(readFileSync(path.join(PROJECT_DIR, 'scripts/start.ts'), 'utf8')).toContain("process.env.PREVIEW = '1';");
    expect(scripts.build).toMatch(/ scripts\/build\.ts$/);
    // Even with PREVIEW=1 left in the environment, the publishing build is no preview.
    const production = buildSite(makeSiteRoot(path.join(FIXTURES_DIR, 'site/content')), { BUILD_NOW: '2023-10-05T20:00:00+07:00', PREVIEW: '1' }, 'build');
    expect(() => readOutput(production.outDir, '/tin-tuc/ban-nhap-bi-mat/')).toThrow();
    expect(readOutput(production.outDir, '/')).not.toMatch(/preview-banner|BẢN NHÁP|CHƯA CÔNG BỐ/);
  });
});
