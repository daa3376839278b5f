// The server under test, as its own process so its memory and CPU are its own: opens the SQLite
// store at argv[2] (or, when it is "neo4j", the Neo4j at NEO4J_URI), serves GraphQL on an ephemeral loopback port, and answers the bench over IPC
// ({ cmd: 'rss' } -> its RSS, peak RSS and CPU time; { cmd: 'stop' } -> closes and exits).
// argv[3] is the transport: 'apollo' (the real server, default), 'apollo-nocache' (the real server
// with its response cache off: every request executes), 'graphql-http' (the lean peer, peer.ts), or
// 'ceiling' (no server: the in-process ceiling, ceiling.ts, and the pipelines' costs, pipelines.ts, run
// on { cmd: 'ceiling' } messages, so they run built on plain node as the servers do, not in the bench's
// tsx process).
process.env.NODE_ENV ??= 'production';

const file = process.argv[2];
const mode = process.argv[3] ?? 'apollo';
if (!file || !process.send) throw new Error('usage: fork("bench/national/serve.ts", [sqliteFile or "neo4j", mode?]) from the bench, with IPC');
const store = file === 'neo4j' ? await (await import('../../server/store/open.js')).openStore(process.env) : (await import('../../server/store/sqlite/store.js')).openSqliteStore(file);
let close: () => Promise<void>;
let port: number;
if (mode === 'ceiling') {
  const { executableSchema, InProcess } = await import('./ceiling.js');
  const inProcess = new InProcess(executableSchema(), store);
  const { Pipelines } = await import('./pipelines.js');
  let pipelines: ReturnType<typeof Pipelines.start> | undefined;
  process.on('message', (m: CeilingRequest) => {
    if (m.cmd !== 'ceiling') return;
    const answer = m.pipelines
      ? (pipelines ??= Pipelines.start(store)).then((p) => p.measure(m.op!, m.seconds, m.pipelines!.rounds))
      : m.sequence
        ? inProcess.runSequence(m.sequence, m.seconds, m.maxRuns ?? Infinity)
        : inProcess.run(m.op!, m.concurrency ?? 1, m.seconds);
    answer.then(
      (ceiling) => process.send!({ ceiling }),
      (e: Error) => process.send!({ ceiling: null, error: e.message }),
    );
  });
  port = 0;
  close = async () => void (await (await pipelines)?.stop());
} else if (mode === 'graphql-http') {
  const { startPeer } = await import('./peer.js');
  ({ port, close } = await startPeer(store));
} else {
  const { startServer } = await import('../../server/http/app.js');
  const server = await startServer({
    store,
    port: 0,
    host: '127.0.0.1',
    production: true,
    webDist: '/nonexistent-web-dist',
    responseCache: mode !== 'apollo-nocache',
    logger: { info() {}, error: (m) => console.error(m) },
  });
  // on Neo4j the server warms its GraphQL path at start (app.ts): measured once it is ready, as a
  // load balancer would send it traffic, not while the warm-up shares its CPU
  await server.warmedUp;
  ({ port, close } = server);
}
process.send({ port });

interface CeilingRequest {
  cmd?: string;
  op?: import('./operations.js').Operation;
  concurrency?: number;
  sequence?: import('./operations.js').Operation[];
  maxRuns?: number;
  /** what each GraphQL pipeline costs in process (pipelines.ts), over so many rounds */
  pipelines?: { rounds: number };
  seconds: number;
}

process.on('message', (m: { cmd?: string }) => {
  if (m.cmd === 'rss') {
    const { user, system } = process.cpuUsage();
    process.send!({ rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024, cpuMs: (user + system) / 1000 });
  }
  if (m.cmd === 'stop')
    void (async () => {
      await close();
      await store.close();
      process.exit(0);
    })();
});
