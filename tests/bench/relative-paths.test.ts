// The bench runner writes no path of this machine into docs/BENCHMARKS.md.
import { expect, it } from 'vitest';
import { relativePaths } from '../../bench/relative-paths.js';

const places = { repo: '/work/wt/govgraph', tmp: '/tmp', home: '/home/ci' };

it('writes paths in the repo relative to it, and temporary and home paths as <tmp> and ~', () => {
  const text = [
    'seeded from /work/wt/govgraph/seeds/plans (12 files)',
    '`/work/wt/govgraph` itself, and /tmp/govgraph-bench-x/graph.sqlite',
    'a cache in /home/ci/.cache/neo4j, ',
  ].join('\n');
  expect(relativePaths(text, places)).toBe(
    ['seeded from seeds/plans (12 files)', '`.` itself, and <tmp>/govgraph-bench-x/graph.sqlite', 'a cache in ~/.cache/neo4j, '].join('\n'),
  );
});

it('leaves a longer name that only starts like the repo, and text that is no path, alone but for its own places', () => {
  expect(relativePaths('/work/wt/govgraph2/x and /tmpfs and 3/4 of p95', places)).toBe('/work/wt/govgraph2/x and /tmpfs and 3/4 of p95');
});

it('takes the repo before the temporary folder it may sit in', () => {
  expect(relativePaths('/tmp/repo/docs/BENCHMARKS.md', { repo: '/tmp/repo', tmp: '/tmp', home: '/root' })).toBe('docs/BENCHMARKS.md');
});
