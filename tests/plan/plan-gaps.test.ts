import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan, readReportSentence, type Plan } from '../../lib/plan/parse-plan.ts';
import { reportRoute, secondTierSentence } from '../../lib/plan/report-text.ts';
import { isoDate, requireVietnamTime } from '../../lib/time/vietnam-time.ts';

/** A 2026 plan with two tiers of deadlines, the opening place in its own sub-item, a bulleted intro and "HOẠT ĐỘNG" in section II. */
const haTinh = readFileSync(path.resolve(import.meta.dirname, '../fixtures/plans/ha-tinh-2026.txt'), 'utf8');

/** The fixture with one passage replaced; fails loudly if the passage is not there. */
function variant(...edits: [string | RegExp, string][]): Plan {
  let text = haTinh;
  for (const [from, to] of edits) {
    expect(text, String(from)).toMatch(from);
    text = text.replace(from, to);
  }
  return parsePlan(text);
}

const opening = (plan: Plan) => ({ date: isoDate(plan.opening.date), time: plan.opening.time, place: plan.opening.place });
const problems = (plan: Plan) => plan.problems.map((problem) => [problem.line, problem.field]);

const TIMING_LINE = /2\. Thời gian: .*\n\n3\. Địa điểm khai mạc: .*\n/u;

describe('the opening ceremony, in every shape plans use', () => {
  it('reads the place from its own sub-item "3. Địa điểm khai mạc: …", the date and time from the line above', () => {
    expect(opening(parsePlan(haTinh))).toEqual({ date: '2026-10-01', time: '07:30', place: 'Thư viện tỉnh Hà Tĩnh, phường Thành Sen' });
    expect(parsePlan(haTinh).problems).toEqual([]);
  });

  it('reads date, time and place from one line', () => {
    const plan = variant([TIMING_LINE, '2. Thời gian: Tuần lễ được tổ chức từ ngày 01/10/2026 đến ngày 07/10/2026; Lễ khai mạc tổ chức vào lúc 8 giờ, ngày 02/10/2026 tại Hội trường Trường Đại học Hà Tĩnh.\n']);
    expect(opening(plan)).toEqual({ date: '2026-10-02', time: '08:00', place: 'Hội trường Trường Đại học Hà Tĩnh' });
  });

  it('reads "Địa điểm: …" on its own line, numbered or not, after the line with the date', () => {
    for (const label of ['Địa điểm: ', '3. Địa điểm: ', '3. Địa điểm tổ chức: ']) {
      const plan = variant(['3. Địa điểm khai mạc: ', label]);
      expect(opening(plan), label).toEqual({ date: '2026-10-01', time: '07:30', place: 'Thư viện tỉnh Hà Tĩnh, phường Thành Sen' });
    }
  });

  it('reads the opening from section III when section II gives only the week: time and place in sub-items', () => {
    const plan = variant(
      [TIMING_LINE, '2. Thời gian: Tuần lễ được tổ chức từ ngày 01/10/2026 đến ngày 07/10/2026.\n'],
      [/1\. Tổ chức Lễ khai mạc Tuần lễ cấp tỉnh .*\n/u, '1. Tổ chức Lễ khai mạc Tuần lễ cấp tỉnh:\n\n- Thời gian: 07 giờ 30 phút, ngày 02/10/2026.\n\n- Địa điểm: Quảng trường Thành Sen, phường Thành Sen.\n'],
    );
    expect(opening(plan)).toEqual({ date: '2026-10-02', time: '07:30', place: 'Quảng trường Thành Sen, phường Thành Sen' });
    expect(plan.activities).toHaveLength(6);
    expect(plan.activities[0]!.text).toContain('- Địa điểm: Quảng trường Thành Sen');
  });

  it('does not take the place of other activities ("Địa điểm: các xã, phường") for the opening’s', () => {
    const plan = variant([TIMING_LINE, '2. Thời gian: Tuần lễ được tổ chức từ ngày 01/10/2026 đến ngày 07/10/2026.\n\nLễ khai mạc: ngày 01/10/2026.\n\nCác hoạt động khác do các đơn vị tổ chức.\n\nĐịa điểm: tại các xã, phường.\n']);
    expect(opening(plan)).toEqual({ date: '2026-10-01', time: null, place: null });
  });
});

describe('two tiers of deadlines', () => {
  const plan = parsePlan(haTinh);

  it('keeps every deadline with who reports, to whom and the tier', () => {
    expect(plan.reports.map((report) => ({ deadline: isoDate(report.deadline), tier: report.tier, from: report.from, to: report.to, line: report.line }))).toEqual([
      { deadline: '2026-10-12', tier: 1, from: 'Ủy ban nhân dân các xã, phường', to: ['Sở Giáo dục và Đào tạo'], line: 84 },
      { deadline: '2026-10-20', tier: 2, from: 'Sở Giáo dục và Đào tạo', to: ['Bộ Giáo dục và Đào tạo', 'Ủy ban nhân dân tỉnh'], line: 62 },
    ]);
  });

  it('gives the units their own deadline, and the department’s to the ministry as the second tier', () => {
    expect(isoDate(plan.reportDeadline)).toBe('2026-10-12');
    expect(plan.secondTierReport && isoDate(plan.secondTierReport.deadline)).toBe('2026-10-20');
    expect(secondTierSentence(plan.secondTierReport!)).toBe('Sở Giáo dục và Đào tạo tổng hợp, báo cáo Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh trước ngày 20/10/2026.');
  });

  it('reads the tiers in one closing paragraph too, the department named as subject', () => {
    const closing = variant(
      ['- Tổng hợp kết quả thực hiện của các cơ quan, đơn vị, địa phương, báo cáo Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh trước ngày 20/10/2026.', '- Tổng hợp kết quả thực hiện của các cơ quan, đơn vị, địa phương.'],
      ['\n- Báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 12/10/2026.\n', ''],
      ['nghiêm túc triển khai thực hiện./.', 'nghiêm túc triển khai thực hiện; kết thúc Tuần lễ, gửi báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 12/10/2026. Sở Giáo dục và Đào tạo tổng hợp, báo cáo Bộ Giáo dục và Đào tạo trước ngày 20/10/2026./.'],
    );
    expect(closing.reports.map((report) => [isoDate(report.deadline), report.tier, report.from, report.to])).toEqual([
      ['2026-10-12', 1, 'các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường', ['Sở Giáo dục và Đào tạo']],
      ['2026-10-20', 2, 'Sở Giáo dục và Đào tạo', ['Bộ Giáo dục và Đào tạo']],
    ]);
    expect(isoDate(closing.reportDeadline)).toBe('2026-10-12');
  });

  it('reads a report sentence into who reports, to whom, through whom and where it goes on', () => {
    expect(readReportSentence('Các đơn vị gửi báo cáo nhanh về Sở Giáo dục và Đào tạo trước ngày 10/10/2025')).toEqual({ subject: 'Các đơn vị', to: ['Sở Giáo dục và Đào tạo'], via: null, onward: [] });
    expect(readReportSentence('kết thúc Tuần lễ, báo cáo kết quả (qua Sở Giáo dục và Đào tạo) trước ngày 17/10/2023 để tổng hợp, báo cáo Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh')).toEqual({
      subject: null,
      to: [],
      via: 'Sở Giáo dục và Đào tạo',
      onward: ['Bộ Giáo dục và Đào tạo', 'Ủy ban nhân dân tỉnh'],
    });
    expect(readReportSentence('Tổng hợp kết quả thực hiện, báo cáo Bộ Giáo dục và Đào tạo trước ngày 20/10/2026').subject).toBeNull();
  });

  it('words a report’s route for the plan page as before for one tier, with who reports for the second', () => {
    expect(reportRoute({ tier: 1, from: 'các sở', to: [], via: 'Sở Giáo dục và Đào tạo', onward: ['Bộ Giáo dục và Đào tạo', 'Ủy ban nhân dân tỉnh'] })).toBe('qua Sở Giáo dục và Đào tạo, để tổng hợp báo cáo Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh');
    expect(reportRoute({ tier: 1, from: 'các xã', to: ['Sở Giáo dục và Đào tạo'], via: null, onward: [] })).toBe('về Sở Giáo dục và Đào tạo');
    expect(reportRoute({ tier: 2, from: 'Sở Giáo dục và Đào tạo', to: ['Bộ Giáo dục và Đào tạo'], via: null, onward: [] })).toBe('Sở Giáo dục và Đào tạo báo cáo Bộ Giáo dục và Đào tạo');
    expect(secondTierSentence({ from: null, to: [], deadline: requireVietnamTime('2026-10-20', 'test') })).toBe('Cơ quan nhận báo cáo tổng hợp, báo cáo cấp trên trước ngày 20/10/2026.');
  });
});

describe('no silent gaps: problems with their lines', () => {
  it('the opening place missing', () => {
    const plan = variant(['3. Địa điểm khai mạc: Thư viện tỉnh Hà Tĩnh, phường Thành Sen.\n\n', '']);
    expect(plan.opening.place).toBeNull();
    expect(problems(plan)).toEqual([[32, 'địa điểm Lễ khai mạc']]);
  });

  it('a deadline without a recipient', () => {
    const plan = variant(['- Báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 12/10/2026.', '- Báo cáo kết quả thực hiện trước ngày 12/10/2026.']);
    expect(problems(plan)).toEqual([[84, 'hạn báo cáo 12/10/2026']]);
    expect(plan.problems[0]!.got).toBe('không thấy trong câu "Báo cáo kết quả thực hiện trước ngày 12/10/2026"');
  });

  it('one activity much longer than the rest', () => {
    const long = ' Các trung tâm học tập cộng đồng chủ động phối hợp với các đoàn thể ở thôn, tổ dân phố mời người dân tham gia, bố trí thời gian phù hợp với mùa vụ.'.repeat(12);
    const plan = variant(['phòng, chống lừa đảo trên không gian mạng.', `phòng, chống lừa đảo trên không gian mạng.${long}`]);
    expect(plan.activities).toHaveLength(6);
    expect(problems(plan)).toEqual([[44, 'hoạt động 3']]);
    expect(plan.problems[0]!.hint).toBe('có thể nhiều hoạt động bị gộp làm một');
  });

  it('an activity that holds a section heading the parser could not recognise', () => {
    const plan = variant(['IV. KINH PHÍ THỰC HIỆN', 'IV. KINH PHÍ THỰC HIỆN:']);
    expect(problems(plan)).toEqual([
      [52, 'hoạt động 6'],
      [undefined, 'kinh phí'],
    ]);
    expect(plan.problems[0]!.got).toBe('dòng tiêu đề "IV. KINH PHÍ THỰC HIỆN:"');
  });

  it('an activity whose text is the heading of another part ("Thời gian tổ chức: …")', () => {
    const plan = variant(['1. Tổ chức Lễ khai mạc Tuần lễ cấp tỉnh', '1. Thời gian tổ chức: từ ngày 01/10/2026.\n\n2. Tổ chức Lễ khai mạc Tuần lễ cấp tỉnh']);
    expect(problems(plan)).toContainEqual([40, 'hoạt động 1']);
  });

  it('numbering that differs from the count', () => {
    const plan = variant(['5. Phát động cuộc thi', '6. Phát động cuộc thi']);
    expect(plan.activities).toHaveLength(6);
    expect(problems(plan)).toEqual([[48, 'các hoạt động']]);
    expect(plan.problems[0]!.got).toBe('đếm được 6 hoạt động, đánh số đến "6.", dòng 48 đánh số "6."');
  });

  it('a single activity', () => {
    const plan = variant(...[2, 3, 4, 5, 6].map((n): [RegExp, string] => [new RegExp(`\\n${n}\\. (Đẩy|Tổ chức các|Tổ chức Ngày|Phát|Biểu)`, 'u'), '\n$1']));
    expect(plan.activities).toHaveLength(1);
    expect(problems(plan)).toEqual([[38, 'các hoạt động']]);
  });
});

describe('the two misparses that gave no warning', () => {
  it('a bulleted intro before the numbered activity list is not an activity holding them all', () => {
    const plan = parsePlan(haTinh);
    expect(plan.activities).toHaveLength(6);
    expect(plan.activities[0]!.text).toMatch(/^Tổ chức Lễ khai mạc Tuần lễ cấp tỉnh/);
    expect(plan.activities.some((activity) => activity.text.includes('Căn cứ điều kiện thực tế'))).toBe(false);
  });

  it('"HOẠT ĐỘNG" in the heading of section II does not make its items activities', () => {
    const plan = parsePlan(haTinh);
    expect(plan.theme).toBe('Học tập suốt đời - nền tảng để mỗi người dân thích ứng trong kỷ nguyên số');
    expect(plan.activities.map((activity) => activity.title)).not.toContainEqual(expect.stringMatching(/^(Chủ đề|Thời gian|Địa điểm)/u));
  });
});
