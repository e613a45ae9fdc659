import { measureProxyOverhead } from './proxy-overhead';

/** Runs the proxy comparison and prints it next to its goal (timings: reported, not asserted). */
export async function reportProxyOverhead(): Promise<void> {
  const seconds = Number(process.env.BENCH_PROXY_SECONDS ?? 5);
  const rounds = 3;
  const overhead = await measureProxyOverhead(seconds, rounds);
  console.log(`\nProxy vs a bare node:http forwarder (autocannon, 50 connections, ${seconds} s × ${rounds} rounds each, after a 1 s warm-up, medians)`);
  console.table({
    'requests/s': { proxy: Math.round(overhead.proxy.rps), bare: Math.round(overhead.bare.rps), ratio: `${(overhead.bare.rps / overhead.proxy.rps).toFixed(2)}×`, goal: '≤ 1.2×' },
    'p99 latency': { proxy: `${overhead.proxy.p99} ms`, bare: `${overhead.bare.p99} ms`, ratio: `${(overhead.proxy.p99 / Math.max(overhead.bare.p99, 1)).toFixed(2)}×`, goal: '≤ 1.2×' },
  });
}
