// npm run plan -- path/to/ke-hoach.txt : prints the parsed plan as JSON and the problems found, for editors checking a new plan.
import { readFileSync } from 'node:fs';
import { parsePlan, PlanParseError } from '../lib/plan/parse-plan.ts';
import { planToJson } from '../lib/plan/plan-json.ts';

const file = process.argv[2] ?? 'data/ke-hoach.txt';
try {
  const plan = parsePlan(readFileSync(file, 'utf8'));
  console.log(JSON.stringify(planToJson(plan), null, 2));
  console.error(`\n${file}: ${plan.activities.length} hoạt động, ${plan.bodies.length} cơ quan được giao nhiệm vụ, hạn báo cáo ${plan.reportDeadline.toFormat('dd/MM/yyyy')}.`);
  for (const problem of plan.problems) console.error(`Cần xem lại: ${problem}`);
} catch (error) {
  if (!(error instanceof PlanParseError)) throw error;
  console.error(`${file}: không đọc được Kế hoạch — ${error.message}`);
  process.exitCode = 1;
}
