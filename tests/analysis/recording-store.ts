// The real store behind a proxy that records each call with its first argument, so a test can
// assert the store calls of an analysis one by one, as dataloader's tests assert batches.
import type { GraphStore } from '../../server/store/contract.js';

export function recording(store: GraphStore): { store: GraphStore; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push([String(prop), structuredClone(args[0])]);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: wrapped, calls };
}
