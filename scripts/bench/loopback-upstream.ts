// A stand-in Kakao for the proxy bench: one small JSON page, on loopback. Run as a child
// process so its CPU is not the bench's. Usage: loopback-upstream.ts PORT
import { createServer } from 'node:http';

const body = JSON.stringify({
  content: Array.from({ length: 20 }, (_, i) => ({ id: 35_000 + i, name: `캠페인 ${i}`, config: 'ON' })),
});
createServer((req, res) => {
  req.resume();
  res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}).listen(Number(process.argv[2]), '127.0.0.1', () => console.log('listening'));
