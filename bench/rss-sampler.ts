/**
 * The peak resident set size of this process while something runs: sampled every 20 ms on a
 * timer, and whenever `sample()` is called (a synchronous parse gives the timer no turn).
 * Shared by the camt.054 benchmarks.
 */
export interface RssSampler {
  /** The RSS when sampling started, in bytes. */
  readonly baseline: number;
  /** Samples now; returns the peak so far, in bytes. */
  sample(): number;
  /** Samples a last time, stops the timer and returns the peak, in bytes. */
  stop(): number;
}

/** Starts sampling after a full GC (when `--expose-gc`) and one timer tick. */
export async function startRssSampler(): Promise<RssSampler> {
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sample = (): number => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 20);
  // The sampler needs the event loop: start the work after a tick.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return {
    baseline,
    sample,
    stop: (): number => {
      clearInterval(timer);
      return sample();
    },
  };
}

/** Bytes as whole MiB, for the printed figures. */
export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
