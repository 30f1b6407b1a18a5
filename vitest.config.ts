import { configDefaults, defineConfig } from "vitest/config";

// `npm test`: everything that needs Node alone. Tests that need Debian packages (GNU parallel,
// Dask, Chromium) live in test/system/ and run with `npm run test:system` (vitest.system.config.ts).
export default defineConfig({
  test: { exclude: [...configDefaults.exclude, "test/system/**"] },
});
