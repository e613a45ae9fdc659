import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { portFromEnv } from './ports';
import { median, startSandboxServer } from './server-process';

export interface ProxyOverhead {
  proxy: { rps: number; p99: number };
  bare: { rps: number; p99: number };
}

function startChild(args: string[]): Promise<() => void> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve(() => child.kill()));
    child.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code}`)));
  });
}

/**
 * The console's proxy (live mode, compiled) and a bare node:http forwarder, both in
 * front of the same loopback upstream, loaded by autocannon in turns (50 connections,
 * `seconds` each, `rounds` rounds); medians per side. Each side is first warmed up
 * for a second, unmeasured: a long-running server's figure is not its JIT's first pass.
 */
export async function measureProxyOverhead(seconds: number, rounds: number): Promise<ProxyOverhead> {
  const [upstreamPort, barePort, proxyPort] = [await portFromEnv('BENCH_UPSTREAM_PORT'), await portFromEnv('BENCH_BARE_PORT'), await portFromEnv('BENCH_PROXY_PORT')];
  const stops = [await startChild(['scripts/bench/loopback-upstream.ts', String(upstreamPort)])];
  try {
    stops.push(await startChild(['scripts/bench/bare-forwarder.ts', String(barePort), String(upstreamPort)]));
    const proxy = await startSandboxServer(proxyPort, { KAKAO_BUSINESS_TOKEN: 'bench-token', KAKAO_API_BASE: `http://127.0.0.1:${upstreamPort}` });
    stops.push(proxy.stop);
    const load = (port: number, duration = seconds) =>
      autocannon({ url: `http://127.0.0.1:${port}/api/campaigns?config=ON`, connections: 50, duration, headers: { adAccountId: '1' } });
    for (const port of [proxyPort, barePort]) await load(port, 1);
    const runs = { proxy: [] as { rps: number; p99: number }[], bare: [] as { rps: number; p99: number }[] };
    for (let round = 0; round < rounds; round++) {
      for (const [side, port] of [['proxy', proxyPort], ['bare', barePort]] as const) {
        const result = await load(port);
        if (result.non2xx > 0 || result.errors > 0) throw new Error(`${side}: ${result.non2xx} non-2xx, ${result.errors} errors`);
        runs[side].push({ rps: result.requests.average, p99: result.latency.p99 });
      }
    }
    const summary = (side: 'proxy' | 'bare') => ({ rps: median(runs[side].map((r) => r.rps)), p99: median(runs[side].map((r) => r.p99)) });
    return { proxy: summary('proxy'), bare: summary('bare') };
  } finally {
    stops.forEach((stop) => stop());
  }
}
