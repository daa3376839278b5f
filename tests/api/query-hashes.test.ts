// The route's memory of query hashes: each hash is the text's SHA-256, a lent text is readable by
// its hash exactly as long as a request holds it, and forgetting texts never loses a lent one.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { QueryHashes } from '../../server/http/query-hashes.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('QueryHashes', () => {
  it('gives each text its SHA-256, and none for a text too long to keep', () => {
    const hashes = new QueryHashes();
    expect(hashes.hashOf('{ __typename }')).toBe(sha256('{ __typename }'));
    expect(hashes.hashOf('{ __typename }')).toBe(sha256('{ __typename }'));
    expect(hashes.hashOf(`{ __typename } #${'x'.repeat(20_000)}`)).toBeUndefined();
  });

  it('lends a text by its hash until every request that lent it has released it', () => {
    const hashes = new QueryHashes();
    const text = '{ stats { nodes } }';
    const hash = hashes.hashOf(text)!;
    expect(hashes.textOf(hash)).toBeUndefined();
    hashes.lend(hash, text);
    hashes.lend(hash, text);
    hashes.release(hash);
    expect(hashes.textOf(hash)).toBe(text);
    hashes.release(hash);
    expect(hashes.textOf(hash)).toBeUndefined();
  });

  it('keeps a lent text readable while it forgets the texts it keeps, and hashes a forgotten text anew', () => {
    const hashes = new QueryHashes();
    const text = '{ partnerships { id } }';
    const hash = hashes.hashOf(text)!;
    hashes.lend(hash, text);
    // 3 MiB of other texts: more than the 2 MiB kept, so the first is forgotten
    for (let i = 0; i < 200; i++) expect(hashes.hashOf(`{ __typename } # ${i} ${'y'.repeat(16_000)}`)).toBeDefined();
    expect(hashes.textOf(hash)).toBe(text);
    expect(hashes.hashOf(text)).toBe(hash);
    hashes.release(hash);
  });
});
