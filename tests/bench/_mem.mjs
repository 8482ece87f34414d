import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startBuiltServer } from './builtServer.mjs';
const server = await startBuiltServer(undefined, { env: JSON.parse(process.env.EXTRA ?? '{}') });
const url = server.origin + '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const rss = () => (Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024).toFixed(1);
let done = 0;
for (const amount of [1000, 9000, 10000, 10000, 10000, 10000]) {
  await autocannon({ url, connections: 20, amount, headers: { 'accept-encoding': 'br, gzip' } });
  done += amount;
  console.log(done, rss());
}
await server.close();
