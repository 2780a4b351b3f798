// Flat ESLint config: typed typescript-eslint rules plus Nx module boundaries.
// The boundaries keep the domain (contracts, util, nlp/*, dedup) free of Nest, Kafka, Redis and pino.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const infraPackages = ['@nestjs/*', 'kafkajs', 'ioredis', 'pino', 'pino-*', 'testcontainers', 'prom-client'];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/*.cjs', '**/*.js', '**/*.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: [], bannedExternalImports: infraPackages },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: ['type:util'],
              bannedExternalImports: infraPackages,
            },
            {
              sourceTag: 'type:nlp',
              onlyDependOnLibsWithTags: ['type:nlp', 'type:util'],
              bannedExternalImports: infraPackages,
            },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:nlp', 'type:util'],
              bannedExternalImports: infraPackages,
            },
            {
              sourceTag: 'type:platform',
              // Platform adapters implement the domain's ports (e.g. the dedup store on Redis).
              onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:platform', 'type:domain'],
              bannedExternalImports: ['@nestjs/*'],
            },
            {
              sourceTag: 'type:runtime',
              onlyDependOnLibsWithTags: [
                'type:runtime',
                'type:platform',
                'type:contracts',
                'type:domain',
                'type:nlp',
                'type:util',
              ],
            },
            {
              sourceTag: 'type:service',
              onlyDependOnLibsWithTags: [
                'type:runtime',
                'type:platform',
                'type:domain',
                'type:nlp',
                'type:contracts',
                'type:util',
              ],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:runtime',
                'type:platform',
                'type:domain',
                'type:nlp',
                'type:contracts',
                'type:util',
              ],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: [
                'type:testing',
                'type:runtime',
                'type:platform',
                'type:domain',
                'type:nlp',
                'type:contracts',
                'type:util',
              ],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: [
                'type:testing',
                'type:contracts',
                'type:platform',
                'type:runtime',
                'type:domain',
                'type:nlp',
                'type:util',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    // Specs may use what the production code may not (fixtures from disk, node types).
    files: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // jest's asymmetric matchers (expect.objectContaining …) are typed any.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Regular expressions stay linear on hostile input (issue 11): every "possible error" rule of
    // eslint-plugin-regexp, including super-linear backtracking (ReDoS) and super-linear moves
    // (quadratic scans of unanchored patterns over long bodies).
    plugins: { regexp },
    rules: Object.fromEntries(
      Object.entries(regexp.rules)
        .filter(([, rule]) => rule.meta.docs.category === 'Possible Errors')
        .map(([name]) => [`regexp/${name}`, 'error']),
    ),
  },
  prettier,
);
