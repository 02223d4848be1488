// Lint rules that guard the architecture's boundaries (see docs/architecture.md) and the promise and
// hook mistakes that type-checking alone does not catch.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const electronOnlyHere = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'electron', message: 'electron may only be imported in src-main/electron and src-main/preload.' }],
    },
  ],
};

const NODE_MODULES = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'stream',
  'url',
  'util',
  'worker_threads',
  'buffer',
];

// Issue 11: every error a clerk can meet is worded by its key (appError('group.key', params)), so the
// window shows it in its own language. A `new AppError(kind, 'Vietnamese text…')` — or any message
// built in place — would reach an English window in Vietnamese; only the catalog's constructor
// (src-shared/rpc/errors.ts) builds one.
const KEYED_ERRORS_ONLY = {
  selector: "NewExpression[callee.name='AppError']",
  message:
    "Word the error through the catalog: appError('group.key', params) — Vietnamese in src-shared/rpc/error-texts/<group>.ts, English in src-renderer/i18n/errors-en/<group>.ts. Rebuild a received error with AppError.fromData.",
};

const SPACE_FRAGMENT =
  'A fragment inside antd Space is flattened into position-keyed items: later items remount when it appears. Write one conditional per item, or wrap the group in one element.';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'migrations/**',
      'test-results/**',
      'playwright-report/**',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    extends: [tseslint.configs.recommended],
    rules: {
      ...electronOnlyHere,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Promises that nobody awaits lose their errors; these need the type checker.
    files: ['src-main/**/*.ts', 'src-renderer/**/*.ts', 'src-renderer/**/*.tsx', 'src-shared/**/*.ts'],
    ignores: ['src-shared/**/*.test.ts'], // outside src-shared's own tsconfig, which proves it pure
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src-renderer/**/*.tsx', 'src-renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // antd's Space flattens fragments and keys its items by position: a fragment that comes and goes
      // shifts every later item, which then remounts and loses what the clerk typed (the holiday
      // notice form emptied itself when the year's data arrived). One conditional per item instead.
      'no-restricted-syntax': [
        'error',
        ...['LogicalExpression', 'ConditionalExpression'].map((kind) => ({
          selector: `JSXElement[openingElement.name.name='Space'] > JSXExpressionContainer > ${kind} > JSXFragment`,
          message: SPACE_FRAGMENT,
        })),
        { selector: "JSXElement[openingElement.name.name='Space'] > JSXFragment", message: SPACE_FRAGMENT },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches main only through src-renderer/bridge.' }],
          patterns: [
            { group: NODE_MODULES, message: 'The renderer runs in a sandboxed page: no Node APIs.' },
            { group: ['**/src-main/**'], message: 'The renderer talks to main through the bridge, never by import.' },
          ],
        },
      ],
    },
  },
  {
    // Test helpers hand back untyped JSON from the router by default.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src-main/electron/**', 'src-main/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/cli/**', '**/*.test.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // Only the audit feature owns audit_log SQL; others read it through the audit service (positions, history).
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/features/audit/**', 'src-main/db/**', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Literal[value=/\\baudit_log\\b/]', message: 'audit_log is read and written only in src-main/features/audit.' },
        {
          selector: 'TemplateElement[value.raw=/\\baudit_log\\b/]',
          message: 'audit_log is read and written only in src-main/features/audit.',
        },
        KEYED_ERRORS_ONLY,
      ],
    },
  },
  {
    // The rest of src-main and src-shared (the files the audit_log rule above leaves out).
    files: ['src-main/features/audit/**/*.ts', 'src-main/db/**/*.ts', 'src-shared/**/*.ts'],
    ignores: ['**/*.test.ts', 'src-shared/rpc/errors.ts'],
    rules: { 'no-restricted-syntax': ['error', KEYED_ERRORS_ONLY] },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'src-shared is pure TypeScript.' }],
          patterns: [
            { group: NODE_MODULES, message: 'src-shared may not use Node APIs.' },
            {
              group: ['react', 'react-dom', 'antd', '**/src-main/**', '**/src-renderer/**'],
              message: 'src-shared may not depend on the UI or the main process.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'process',
        'Buffer',
        'require',
        '__dirname',
      ],
    },
  },
);
