import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { EditorError } from '../issues/editor-error.ts';
import type { ReferenceData } from '../content/reference.ts';
import { normalizeDeep } from '../text/normalize.ts';
import { makeLexicon, type Lexicon } from '../text/word-groups.ts';

/** The editor's list of compounds no banner or share-card line breaks inside. */
export const COMPOUNDS_FILE = 'tu-ghep.yaml';

const compoundSchema = z
  .string({ error: 'một từ ghép (chữ), ví dụ "học tập"' })
  .trim()
  .transform((text) => text.replace(/\s+/g, ' '))
  .refine((text) => text.split(/\s+/).length >= 2, { error: 'từ ghép có ít nhất hai tiếng (một tiếng thì không có gì để giữ liền)' });

const compoundsFileSchema = z.array(compoundSchema, { error: 'một danh sách từ ghép (mỗi dòng bắt đầu bằng "- ")' });

/**
 * Checks the list of compounds: every problem in one error, naming the file
 * and the entry's number.
 *
 * @example parseCompounds(['học tập', 'kỷ nguyên số']) // ['học tập', 'kỷ nguyên số']
 */
export function parseCompounds(raw: unknown, file = `data/${COMPOUNDS_FILE}`): string[] {
  const result = compoundsFileSchema.safeParse(normalizeDeep(raw ?? []));
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const [index] = issue.path;
    return `  - ${typeof index === 'number' ? `mục thứ ${index + 1}` : 'cả tệp'}: cần ${issue.message}`;
  });
  throw new EditorError(`${file} không hợp lệ:\n${lines.join('\n')}`);
}

/** Reads and checks data/tu-ghep.yaml of a site; a site without the file has no compounds. */
export function loadCompounds(dataDir: string): string[] {
  const file = path.join(dataDir, COMPOUNDS_FILE);
  if (!existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new EditorError(`data/${COMPOUNDS_FILE} không đọc được (lỗi YAML): ${(error as Error).message}`);
  }
  return parseCompounds(raw);
}

/**
 * The proper names of the reference data: districts, units (full and short
 * names), the plan's issuer and bodies.
 */
export function referenceNames(reference: Pick<ReferenceData, 'districts' | 'units' | 'plan'>): string[] {
  return [
    ...reference.districts.map((district) => district.name),
    ...reference.units.flatMap((unit) => [unit.name, unit.short]),
    ...(reference.plan.issuer ? [reference.plan.issuer] : []),
    ...reference.plan.bodies.map((body) => body.name),
  ];
}

/** The lexicon banners and share cards are set with: the site's compounds and its reference names. */
export function loadLexicon(dataDir: string, reference: Pick<ReferenceData, 'districts' | 'units' | 'plan'>): Lexicon {
  return makeLexicon({ compounds: loadCompounds(dataDir), names: referenceNames(reference) });
}
