import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

/**
 * The module boundaries are the architecture in executable form (see docs/architecture.md):
 * the web never imports the API, libraries never import apps, and pure libraries import no
 * framework. `tools/lint/module-boundaries.check.mjs` proves the rule really fires.
 */
export const depConstraints = [
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  {
    sourceTag: 'type:pure',
    bannedExternalImports: [
      '@nestjs/*',
      'typeorm',
      'express',
      'react',
      'react-dom',
      'react-*',
      '@apollo/*',
      'ws',
      'pg',
      'better-sqlite3',
      'ioredis',
    ],
  },
  {
    // The collaboration core speaks ws and Yjs only; Nest, TypeORM and the databases stay in
    // the API, which plugs them in through the core's extension interface.
    sourceTag: 'type:collab-core',
    bannedExternalImports: [
      '@nestjs/*',
      'typeorm',
      'express',
      'react',
      'react-dom',
      'react-*',
      '@apollo/*',
      'pg',
      'better-sqlite3',
      'ioredis',
    ],
  },
  {
    // Dataset ingest turns a byte stream into rows and a profile; the API owns storage,
    // uploads and persistence.
    sourceTag: 'type:ingest',
    bannedExternalImports: [
      '@nestjs/*',
      'typeorm',
      'express',
      'react',
      'react-dom',
      'react-*',
      '@apollo/*',
      'pg',
      'better-sqlite3',
      'ioredis',
    ],
  },
];

export default [
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'apps/web/src/gql/**',
      'tmp/**',
      'data/**',
      '.nx/**',
      'coverage/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: true, allow: [], depConstraints },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Jest configs are CommonJS and share the workspace preset by path.
    files: ['**/jest.config.js', 'jest.preset.js'],
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@nx/enforce-module-boundaries': 'off',
    },
  },
  prettier,
];
