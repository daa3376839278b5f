// eslint 10 with typescript-eslint's recommended rules over the whole repository (npm run lint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'web/dist/', 'explorer/dist/', 'server/graphql/generated/', 'web/src/generated/', 'data/', '.neo4j/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      // unused names starting with _ are deliberate (destructuring to drop a field)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // tests read untyped JSON answers
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
