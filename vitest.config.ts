import { defineConfig } from 'vitest/config';
import { PlainSummaryReporter } from './tests/helpers/plainSummary.js';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: ['default', new PlainSummaryReporter()],
  },
});
