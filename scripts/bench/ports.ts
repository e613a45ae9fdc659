import { createServer } from 'node:net';

/** The port named by `envName`, or a free one the OS picks: a fixed port collides with other runs. */
export async function portFromEnv(envName: string): Promise<number> {
  const given = Number(process.env[envName]);
  if (Number.isInteger(given) && given > 0) return given;
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
