import { startPostgres } from './postgres.ts';
for (let i = 0; i < 3; i++) { const s = await startPostgres(); const t = performance.now(); await s.stop(); console.log(`start ${s.startMs} ms, stop ${Math.round(performance.now() - t)} ms`); }
