// The caps on connections read from the environment, and the address a client is counted by
// (server/http/connection-limits.ts); the caps at work: tests/reliability/connection-limits.test.ts.
import { describe, expect, it } from 'vitest';
import { clientKey, connectionLimits, DEFAULT_CONNECTION_LIMITS } from '../../server/http/connection-limits.js';

describe('connectionLimits', () => {
  it('takes the defaults, and whole numbers from the environment', () => {
    expect(connectionLimits({})).toEqual(DEFAULT_CONNECTION_LIMITS);
    expect(connectionLimits({ GOVGRAPH_MAX_CONNECTIONS: ' 100 ', GOVGRAPH_MAX_CONNECTIONS_PER_CLIENT: '10' })).toEqual({ total: 100, perClient: 10 });
  });

  it('refuses what is no whole number above 0, or a per-client cap past the total, naming the variable and the value', () => {
    for (const value of ['0', '-1', 'ten', '1.5', '1e400']) {
      expect(() => connectionLimits({ GOVGRAPH_MAX_CONNECTIONS_PER_CLIENT: value }), value).toThrow(`GOVGRAPH_MAX_CONNECTIONS_PER_CLIENT must be a whole number of connections above 0, got "${value}"`);
    }
    expect(() => connectionLimits({ GOVGRAPH_MAX_CONNECTIONS: '100', GOVGRAPH_MAX_CONNECTIONS_PER_CLIENT: '256' })).toThrow('GOVGRAPH_MAX_CONNECTIONS_PER_CLIENT (256) must not exceed GOVGRAPH_MAX_CONNECTIONS (100)');
    // unset, the per-client cap follows a smaller total
    expect(connectionLimits({ GOVGRAPH_MAX_CONNECTIONS: '100' })).toEqual({ total: 100, perClient: 100 });
  });
});

describe('clientKey', () => {
  it('counts IPv4 by address, an IPv4-mapped address as IPv4, and IPv6 by its /64', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0DB8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});
