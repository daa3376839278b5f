// The limits on slow clients read from the environment (server/http/slow-clients.ts): seconds,
// fractions allowed; a value that is no positive number, or a head limit past the request's,
// is refused with an error that names the variable and the value.
import { describe, expect, it } from 'vitest';
import { clientTimeouts, DEFAULT_CLIENT_TIMEOUTS } from '../../server/http/slow-clients.js';

describe('clientTimeouts', () => {
  it('takes the defaults, and seconds from the environment', () => {
    expect(clientTimeouts({})).toEqual(DEFAULT_CLIENT_TIMEOUTS);
    expect(clientTimeouts({ GOVGRAPH_HEADERS_TIMEOUT: '0.5', GOVGRAPH_BODY_IDLE_TIMEOUT: ' 2 ', GOVGRAPH_REQUEST_TIMEOUT: '600' })).toEqual({
      headersMs: 500,
      bodyIdleMs: 2000,
      requestMs: 600_000,
      smallBodyMs: 30_000,
    });
    // a small body's limit follows a shorter whole request's, unless set
    expect(clientTimeouts({ GOVGRAPH_REQUEST_TIMEOUT: '12' }).smallBodyMs).toBe(12_000);
    expect(clientTimeouts({ GOVGRAPH_REQUEST_TIMEOUT: '12', GOVGRAPH_SMALL_BODY_TIMEOUT: '5' }).smallBodyMs).toBe(5_000);
  });

  it('refuses what is no number of seconds above 0, naming the variable and the value', () => {
    for (const value of ['0', '-1', 'ten', '1e400', '0.0001']) {
      expect(() => clientTimeouts({ GOVGRAPH_BODY_IDLE_TIMEOUT: value }), value).toThrow(`GOVGRAPH_BODY_IDLE_TIMEOUT must be a number of seconds above 0, got "${value}"`);
    }
  });

  it('refuses a head limit past the whole request\'s (node would)', () => {
    expect(() => clientTimeouts({ GOVGRAPH_HEADERS_TIMEOUT: '20', GOVGRAPH_REQUEST_TIMEOUT: '10' })).toThrow('GOVGRAPH_HEADERS_TIMEOUT (20 s) must not exceed GOVGRAPH_REQUEST_TIMEOUT (10 s)');
    expect(() => clientTimeouts({ GOVGRAPH_SMALL_BODY_TIMEOUT: '200' })).toThrow('GOVGRAPH_SMALL_BODY_TIMEOUT (200 s) must not exceed GOVGRAPH_REQUEST_TIMEOUT (150 s)');
  });
});
