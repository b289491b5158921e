import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../lib/content/reference.ts';
import { PROJECT_DIR } from '../helpers/site-build.ts';

const read = (file: string) => readFileSync(path.join(PROJECT_DIR, file), 'utf8');

describe('editorial workflow in git', () => {
  it('routes every unit’s folders to its editors', () => {
    const owners = read('.github/CODEOWNERS');
    for (const unit of loadReferenceData(path.join(PROJECT_DIR, 'data')).units) {
      expect(owners, unit.id).toMatch(new RegExp(`^/content/\\*/${unit.id}/\\s+@\\S+$`, 'm'));
    }
  });

  it('asks for the checklist in every pull request and checks changed content', () => {
    expect(read('.github/pull_request_template.md')).toContain('`npm run check` không báo lỗi');
    expect(read('.github/workflows/kiem-tra-noi-dung.yml')).toContain('npm run check -- --changed origin/${{ github.base_ref }}');
    expect(read('.ci/run')).toMatch(/^npm run check$/m);
  });
});
