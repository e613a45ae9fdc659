/**
 * findBy / waitFor wait for a state, so a longer ceiling costs a passing test nothing;
 * Testing Library's 1 s default fails on a loaded 2-core machine (load ≈ 10–20), where
 * a lazy route's first import alone can take that long. A real hang still fails, with
 * the missing element named, well before the test's own time limit (vitest.config.ts).
 */
export const ASYNC_UTIL_TIMEOUT_MS = 10_000;
