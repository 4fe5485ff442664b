// Lint rules. The important one keeps src/domain pure: no React, DOM, MapLibre or deck.gl,
// so the command line and the worker can run it, and it stays testable in plain Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiLibraries = [
  'react',
  'react-dom',
  'react-dom/*',
  'maplibre-gl',
  '@deck.gl/*',
  'deck.gl',
  'zustand',
  'zustand/*',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.bench/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // .dependency-cruiser.cjs: the layer rule, in the CommonJS form depcruise loads.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    // The house's function size: one screen. Blank lines and comments count, as they do to a reader.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false }] },
  },
  {
    // React's hook rules wherever a hook is written: components, and hooks of their own in .ts files.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // src/domain: pure TypeScript. No UI, map or DOM libraries, and nothing from the other layers.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'src/domain is pure: no React, DOM, MapLibre or deck.gl.' },
            {
              group: ['../io/*', '../ui/*', '../map/*', '../state/*', '../workers/*', '../cli/*', 'node:*'],
              message: 'src/domain depends on nothing else in src.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'HTMLElement', 'fetch'],
    },
  },
  {
    // src/io: files in and out; depends on domain only.
    files: ['src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'src/io must not depend on UI libraries.' },
            { group: ['../ui/*', '../map/*', '../state/*', '../cli/*'], message: 'src/io depends on src/domain only.' },
          ],
        },
      ],
    },
  },
);
