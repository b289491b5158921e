import type { ContentFile } from '../content/load.ts';
import type { ContentIssue } from '../issues/content-issue.ts';
import { findPersonalData, personalDataKey } from './personal-data.ts';
import { findInvisible, findMojibake, firstNonNfcLine } from './text-quality.ts';

/** Consented values as written in front matter, read leniently so they count even when another field is wrong. */
function consented(file: ContentFile): Map<string, string> {
  const list = file.data?.personalDataConsent;
  if (!Array.isArray(list)) return new Map();
  return new Map(
    list.flatMap((item) => {
      const { value, note } = (item ?? {}) as { value?: unknown; note?: unknown };
      // The schema allows text or a number; anything else cannot name a phone, e-mail or address.
      return typeof value === 'string' || typeof value === 'number' ? [[personalDataKey(String(value)), typeof note === 'string' ? note : '']] : [];
    }),
  );
}

/**
 * The rules on a file's text, front matter and body alike: encoding (NFD,
 * TCVN3/VNI, invisible and control characters) for every file; personal data
 * for stories and profiles, where a unit's published contact and a value the
 * person consented to (`personalDataConsent`) are allowed, the latter noted.
 */
export function textIssues(file: ContentFile, unitContacts: ReadonlySet<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = { file: file.file };
  const nfc = file.source.normalize('NFC');
  const nonNfc = nfc === file.source ? undefined : firstNonNfcLine(file.source);
  if (nonNfc) issues.push({ ...at, line: nonNfc, field: 'văn bản', expected: 'chữ Unicode dựng sẵn (NFC)', got: 'chữ tổ hợp (NFD), thường do dán từ PDF hoặc máy Mac', hint: 'trang tự chuyển sang NFC; nên lưu lại tệp ở dạng NFC', severity: 'warning' });
  for (const finding of findMojibake(file.source)) {
    issues.push({ ...at, line: finding.line, field: 'văn bản', expected: 'chữ Unicode', got: `"${finding.sample}"`, hint: `có vẻ là chữ mã ${finding.encoding} cũ; hãy chuyển mã (ví dụ bằng Unikey) rồi dán lại`, severity: 'error' });
  }
  for (const finding of findInvisible(file.source)) {
    issues.push({ ...at, line: finding.line, field: 'văn bản', expected: 'không có ký tự ẩn', got: finding.character, hint: `gần "${finding.sample}"`, severity: 'warning' });
  }
  if (file.kind !== 'story' && file.kind !== 'profile') return issues;
  const allowed = consented(file);
  // The consent list itself names the values: noted where the text publishes them, not there.
  const consentLines = new Set([...allowed.keys()].map((_, index) => file.lineOf(['personalDataConsent', index, 'value'])));
  for (const finding of findPersonalData(nfc)) {
    const key = personalDataKey(finding.sample);
    if (unitContacts.has(key)) continue;
    const note = allowed.get(key);
    if (note !== undefined) {
      if (consentLines.has(finding.line)) continue;
      issues.push({ ...at, line: finding.line, field: 'thông tin cá nhân', expected: `đăng ${finding.kind} theo đồng ý của nhân vật (personalDataConsent)`, got: `"${finding.sample}"`, hint: note || undefined, severity: 'info' });
      continue;
    }
    issues.push({
      ...at,
      line: finding.line,
      field: 'thông tin cá nhân',
      expected: `không đăng ${finding.kind} của người dân (Nghị định 13/2023/NĐ-CP)`,
      got: `"${finding.sample}"`,
      hint: 'xóa, thay bằng đầu mối của đơn vị, hoặc ghi đồng ý của nhân vật trong personalDataConsent',
      severity: 'error',
    });
  }
  return issues;
}
