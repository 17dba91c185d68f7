// Test runner configuration: tests sit beside the code under src/ and in test/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30000,
    pool: 'threads',
  },
});
