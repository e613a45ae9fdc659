// The proxy bench's yardstick: the least a forwarder can do with node:http (keep-alive
// agent, body piped, no checks). Usage: bare-forwarder.ts PORT UPSTREAM_PORT
import { Agent, createServer, request } from 'node:http';

const [port, upstreamPort] = process.argv.slice(2).map(Number);
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
createServer((req, res) => {
  const upstream = request(
    { host: '127.0.0.1', port: upstreamPort, path: req.url?.replace(/^\/api/, '/openapi/v4'), method: req.method, headers: { authorization: 'Bearer bench' }, agent },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? 'application/json' });
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}).listen(port, '127.0.0.1', () => console.log('listening'));
