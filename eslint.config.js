// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The core (corpus, extraction, dates, search, digest, store) takes and returns plain data:
// it must never import discord.js. Discord code lives in commands/, src/discord/ and the console (src/console/) only.
const CORE = ['src/core/**', 'src/answer/**', 'src/corpus/**', 'src/extract/**', 'src/search/**', 'src/digest/**', 'src/store/**'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: CORE,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['discord.js', '@discordjs/*'], message: 'The core must not import Discord code (see STYLE.md: a pure core, Discord at the edge).' },
          { group: ['**/discord/**', '**/commands/**'], message: 'The core must not import the Discord edge.' },
        ],
      }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
