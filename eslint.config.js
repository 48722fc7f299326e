// ESLint: typescript-eslint's recommended rules on every .ts file, and the cheap type-aware promise checks on the
// server and the stores, where an unawaited promise is a lost write or an unhandled rejection.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'web/dist/',
    'server/dist/',
    'data/',
    'test-artifacts/',
    'db/sqlite/migrations/',
    'db/postgres/migrations/',
    'test/fixtures/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `{ dropped: _x, ...kept }` omits a field; `_arg` keeps a signature (a Lit directive's render).
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware, so slower: only the promise rules, only where the server's writes happen.
    files: ['server/**/*.ts', 'db/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
);
