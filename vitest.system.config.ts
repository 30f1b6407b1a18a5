import { defineConfig } from "vitest/config";

// `npm run test:system`: tests that need packages a fresh machine lacks; `.ci/run` installs
// them first.
export default defineConfig({
  test: { include: ["test/system/**/*.test.ts"], testTimeout: 120_000 },
});
