// Lint for `npm test` (runs after the type check, before vitest). TypeScript is linted with type information:
// promises must be awaited or handled, and `any` must not leak in from untyped values.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Types that only a zod schema may produce: a value cast to one of them skipped the check. */
const CONTENT_TYPES = 'Entry|StoryEntry|ProfileEntry|EventEntry|PageEntry|Story|Profile|Event|Page|ImageField|ResolvedImage';
const castMessage = 'Do not cast content with `as`: let the zod schema give the type (z.output), or narrow with a check.';
const noContentCasts = [
  'error',
  ...['TSAsExpression', 'TSTypeAssertion'].flatMap((cast) => [
    { selector: `${cast}[typeAnnotation.typeName.name=/^(${CONTENT_TYPES})$/]`, message: castMessage },
    { selector: `${cast}[typeAnnotation.typeName.left.name='z'][typeAnnotation.typeName.right.name=/^(infer|input|output)$/]`, message: castMessage },
    { selector: `${cast} > MemberExpression.expression[property.name='data']`, message: castMessage },
  ]),
];

export default defineConfig(
  globalIgnores(['**/_site/', '**/.cache/', 'tmp/']),
  js.configs.recommended,
  {
    name: 'typescript',
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Named although the recommended set has them: these are the checks this project relies on.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // As the compiler's noUnused* options: a leading underscore marks a value left out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    name: 'parsed content is not cast',
    files: ['lib/**/*.ts', 'scripts/**/*.ts', '.eleventy.ts'],
    rules: { 'no-restricted-syntax': noContentCasts },
  },
  {
    name: 'node scripts in JavaScript',
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'browser scripts',
    files: ['static/js/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // hasMarks() tests for any non-ASCII letter with [^\u0000-\u007f]: U+0000 starts the range on purpose.
    // Set here, not in a comment in the file, because the file is published as it is.
    name: 'ASCII range in the search helpers',
    files: ['static/js/query-variants.js'],
    rules: { 'no-control-regex': 'off' },
  },
);
