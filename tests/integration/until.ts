/**
 * Polls `check` every 200 ms until it gives a truthy value (returned), or fails after `timeoutMs`:
 * for work a background job finishes (deliveries, notices) that a test waits on.
 */
export async function until<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 40_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
