// ESLint: JavaScript and TypeScript rules, Astro components, and accessibility rules for their markup.
// The TypeScript of src/ and tests/ is also linted with type information (typescript-eslint's
// recommendedTypeChecked, through TypeScript's project service), so no `any` flows unnoticed; the
// tools (tools/*.mjs) are type-checked by `npm run check` instead (tools/tsconfig.json), and .astro
// files get the untyped rules only.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', '.wrangler/', 'node_modules/', 'test-results/', 'src/widget/releases/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused values are mistakes, except a deliberately ignored one named with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
);
