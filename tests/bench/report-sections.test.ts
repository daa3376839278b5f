// The bench runner rewrites docs/BENCHMARKS.md part by part and keeps what was written by hand.
import { expect, it } from 'vitest';
import { readSections, writeSections } from '../../bench/report-sections.js';

const doc = [
  '# Benchmarks',
  '',
  '<!-- part:web -->\n## Web\n\nold web figures\n\n<!-- /part -->',
  '',
  'A note on the web figures, by hand.',
  '',
  '<!-- part:api -->\n## API\n\napi figures\n\n<!-- /part -->',
  '',
].join('\n');

it('keeps a note written after a part when that part is run again', () => {
  const report = readSections(doc);
  report.sections.set('web', '## Web\n\nnew web figures\n\n');
  const out = writeSections(report);
  expect(out).toBe(
    '<!-- part:api -->\n## API\n\napi figures\n\n<!-- /part -->\n\n' +
      '<!-- part:web -->\n## Web\n\nnew web figures\n\n<!-- /part -->\n\nA note on the web figures, by hand.',
  );
});

it('writes a document it read back as it was, parts in name order', () => {
  const once = writeSections(readSections(doc));
  expect(writeSections(readSections(once))).toBe(once);
  expect(readSections(once).notes).toEqual(new Map([['web', 'A note on the web figures, by hand.']]));
});
