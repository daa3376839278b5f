// docs/BENCHMARKS.md is committed and read on other machines: a path of this one (the checkout,
// a temporary folder, the home folder) says nothing there and leaks the machine's layout, so the
// runner writes each as a path relative to the repo, or as <tmp> / ~.
import os from 'node:os';
import path from 'node:path';

export interface Places {
  repo: string;
  tmp?: string;
  home?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function relativePaths(text: string, places: Places): string {
  const repo = path.resolve(places.repo);
  const tmp = path.resolve(places.tmp ?? os.tmpdir());
  const home = path.resolve(places.home ?? os.homedir());
  // the repo first: it may sit in the temporary or the home folder; a path is whole up to a
  // separator (so /work/repo2 is not read as /work/repo + 2)
  const order: [string, (rest: string) => string][] = [
    [repo, (rest) => (rest ? rest.slice(1) : '.')],
    [tmp, (rest) => `<tmp>${rest}`],
    [home, (rest) => `~${rest}`],
  ];
  let out = text;
  for (const [base, to] of order) {
    if (base === '/') continue;
    out = out.replace(new RegExp(`${escape(base)}((?:/[^\\s\`'")|,;]*)?)(?![^\\s/\`'")|,;])`, 'g'), (_, rest: string) => to(rest));
  }
  return out;
}
