import type { ContentIssue } from '../issues/content-issue.ts';
import type { Plan } from './parse-plan.ts';

/**
 * The plan's problems as warnings of the publishing gate, naming the plan file
 * and line, so `npm run plan`, `npm run check` and the build print them alike.
 *
 * @example planIssues({ problems: [{ line: 31, field: 'địa điểm Lễ khai mạc', expected: 'địa điểm', got: 'không thấy' }] }, 'data/ke-hoach.txt')
 * // [{ file: 'data/ke-hoach.txt', line: 31, field: 'địa điểm Lễ khai mạc', expected: 'địa điểm', got: 'không thấy', severity: 'warning' }]
 */
export function planIssues(plan: Pick<Plan, 'problems'>, file: string): ContentIssue[] {
  return plan.problems.map((problem) => ({ file, ...problem, severity: 'warning' }));
}
