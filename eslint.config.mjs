// Lint rules that guard the architecture's boundaries: Electron only in its adapters, src-shared pure, no console in src-main.
import tseslint from 'typescript-eslint';

const electronOnlyHere = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'electron', message: 'electron may only be imported in src-main/electron and src-main/preload.' }],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'migrations/**', 'test-results/**', 'playwright-report/**', '**/*.cjs', '**/*.mjs'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { ...electronOnlyHere },
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
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'src-shared is pure TypeScript.' }],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'stream', 'url', 'util', 'worker_threads', 'buffer'], message: 'src-shared may not use Node APIs.' },
            { group: ['react', 'react-dom', 'antd', '**/src-main/**', '**/src-renderer/**'], message: 'src-shared may not depend on the UI or the main process.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
);
