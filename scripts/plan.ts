// npm run plan -- path/to/ke-hoach.txt : prints the parsed plan as JSON and the problems found, for editors checking a new plan;
// then checks the short names beside it (hoat-dong.yaml), or proposes them when there are none.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePlan, PlanParseError } from '../lib/plan/parse-plan.ts';
import { formatIssue } from '../lib/issues/content-issue.ts';
import { planIssues } from '../lib/plan/plan-issues.ts';
import { planToJson } from '../lib/plan/plan-json.ts';
import { secondTierSentence } from '../lib/plan/report-text.ts';
import { proposedShortNamesFile, readShortNames, REVIEW_MARK, SHORT_NAMES_FILE } from '../lib/plan/short-names.ts';

const file = process.argv[2] ?? 'data/ke-hoach.txt';
try {
  const plan = parsePlan(readFileSync(file, 'utf8'));
  console.log(JSON.stringify(planToJson(plan), null, 2));
  console.error(`\n${file}: ${plan.activities.length} hoạt động, ${plan.bodies.length} cơ quan được giao nhiệm vụ, hạn báo cáo ${plan.reportDeadline.toFormat('dd/MM/yyyy')}.`);
  if (plan.secondTierReport) console.error(`Cấp thứ hai: ${secondTierSentence(plan.secondTierReport)}`);
  for (const issue of planIssues(plan, file)) console.error(`Cảnh báo: ${formatIssue(issue)}`);
  const namesFile = path.join(path.dirname(file), SHORT_NAMES_FILE);
  if (existsSync(namesFile)) {
    const { issues } = readShortNames(readFileSync(namesFile, 'utf8'), plan.activities, namesFile);
    for (const issue of issues) console.error(`Lỗi: ${formatIssue(issue)}`);
    if (issues.length > 0) process.exitCode = 1;
  } else {
    console.error(`\nChưa có ${namesFile}. Tên ngắn đề xuất (${REVIEW_MARK}), chép vào tệp đó rồi sửa:\n\n${proposedShortNamesFile(plan.activities)}`);
  }
} catch (error) {
  if (!(error instanceof PlanParseError)) throw error;
  console.error(`${file}: không đọc được Kế hoạch — ${error.message}`);
  process.exitCode = 1;
}
