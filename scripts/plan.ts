// npm run plan -- path/to/ke-hoach.txt : prints the parsed plan as JSON and the problems found, for editors checking a new plan.
import { readFileSync } from 'node:fs';
import { parsePlan, PlanParseError } from '../lib/plan/parse-plan.ts';
import { formatIssue } from '../lib/content/issues.ts';
import { planIssues } from '../lib/plan/plan-issues.ts';
import { planToJson } from '../lib/plan/plan-json.ts';
import { secondTierSentence } from '../lib/plan/report-text.ts';

const file = process.argv[2] ?? 'data/ke-hoach.txt';
try {
  const plan = parsePlan(readFileSync(file, 'utf8'));
  console.log(JSON.stringify(planToJson(plan), null, 2));
  console.error(`\n${file}: ${plan.activities.length} hoạt động, ${plan.bodies.length} cơ quan được giao nhiệm vụ, hạn báo cáo ${plan.reportDeadline.toFormat('dd/MM/yyyy')}.`);
  if (plan.secondTierReport) console.error(`Cấp thứ hai: ${secondTierSentence(plan.secondTierReport)}`);
  for (const issue of planIssues(plan, file)) console.error(`Cảnh báo: ${formatIssue(issue)}`);
} catch (error) {
  if (!(error instanceof PlanParseError)) throw error;
  console.error(`${file}: không đọc được Kế hoạch — ${error.message}`);
  process.exitCode = 1;
}
