import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const FEATURES = ['articles', 'authors', 'stats', 'comments', 'newsletter', 'tips'];

// Features import shared code, never each other; app/ composes them.
const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: FEATURES.filter((f) => f !== feature).flatMap((f) => [`**/features/${f}/**`, `../${f}/**`, `../../${f}/**`]),
            message: 'Features do not import each other; compose them in src/app.',
          },
          { group: ['**/app/**'], message: 'Features do not import the app layer.' },
          { group: ['**/mocks/**'], message: 'Mocks are reached only from tests, dev start-up and the preview server.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'coverage/', 'mocks/public/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly' },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Content is rendered as text, never as HTML.' },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/components/**', 'src/lib/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/**'], message: 'Shared code is feature-free: what features share lives in src/lib or src/components.' },
            { group: ['**/app/**'], message: 'Shared code does not import the app layer; src/app composes it.' },
            { group: ['**/mocks/**'], message: 'Mocks are reached only from tests, dev start-up and the preview server.' },
          ],
        },
      ],
    },
  },
  {
    // The mocks are for `npm run dev` (mocks/devStart.ts, put in the page by Vite) and the tests.
    files: ['src/**'],
    ignores: ['src/**/*.test.{ts,tsx}', ...FEATURES.map((feature) => `src/features/${feature}/**`), 'src/components/**', 'src/lib/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/mocks/**', '../mocks/*', '../../mocks/*'], message: 'src/ never imports mocks/: the mocks are for npm run dev and the tests.' }] },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'mocks/images/**'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly', performance: 'readonly', fetch: 'readonly', AbortSignal: 'readonly' },
    },
  },
);
