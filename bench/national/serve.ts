// The server under test, as its own process so its memory and CPU are its own: opens the SQLite
// store at argv[2], serves GraphQL on an ephemeral loopback port, and answers the bench over IPC
// ({ cmd: 'rss' } -> its peak RSS; { cmd: 'stop' } -> closes and exits).
process.env.NODE_ENV ??= 'production';
const { startServer } = await import('../../server/http/app.js');
const { openSqliteStore } = await import('../../server/store/sqlite/store.js');

const file = process.argv[2];
if (!file || !process.send) throw new Error('usage: fork("bench/national/serve.ts", [sqliteFile]) from the bench, with IPC');
const store = openSqliteStore(file);
const server = await startServer({
  store,
  port: 0,
  host: '127.0.0.1',
  production: true,
  webDist: '/nonexistent-web-dist',
  logger: { info() {}, error: (m) => console.error(m) },
});
process.send({ port: server.port });

process.on('message', (m: { cmd?: string }) => {
  if (m.cmd === 'rss') process.send!({ rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 });
  if (m.cmd === 'stop')
    void (async () => {
      await server.close();
      await store.close();
      process.exit(0);
    })();
});
