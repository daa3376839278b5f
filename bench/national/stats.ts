// Latency summaries, and the formatting the national bench's tables share.

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of latencies in ms. */
export function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN };
}

export const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
export const seconds = (millis: number): string => `${(millis / 1000).toFixed(1)} s`;
export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
export const count = (n: number): string => n.toLocaleString('en-GB');
export const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
}

/** Wall time and the process's CPU time (user + system, all threads) of fn, in ms. */
export async function cpuTimed<T>(fn: () => Promise<T>): Promise<[T, number, number]> {
  const cpu0 = process.cpuUsage();
  const [out, wall] = await timed(fn);
  const cpu = process.cpuUsage(cpu0);
  return [out, wall, (cpu.user + cpu.system) / 1000];
}
