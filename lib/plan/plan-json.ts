import type { Plan } from './parse-plan.ts';

/** The parsed plan as plain JSON, with calendar dates as `YYYY-MM-DD`, for editors and fixtures. */
export function planToJson(plan: Plan): unknown {
  return JSON.parse(
    JSON.stringify(plan, function replacer(this: unknown, _key, value: unknown) {
      return value && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000\+07:00$/.test(value) ? value.slice(0, 10) : value;
    }),
  );
}
