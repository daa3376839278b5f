// A proxy over a real store that records every call, to prove the DataLoaders batch.
import type { GraphStore } from '../../../server/store/contract.js';

export interface Call {
  method: string;
  /** how many ids the call carried, when it carried ids */
  ids?: number;
}

// A request over HTTP reads through its own readView(): the view's reads are counted with the
// store's, and opening or closing a view is not a read, so neither is recorded.
const LIFECYCLE = new Set<PropertyKey>(['readView', 'close']);

export function countingStore(store: GraphStore, calls: Call[] = []): { store: GraphStore; calls: Call[] } {
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      if (prop === 'readView') return async (...a: Parameters<GraphStore['readView']>) => countingStore(await target.readView(...a), calls).store;
      if (LIFECYCLE.has(prop)) return value.bind(target);
      return (...args: unknown[]) => {
        const first = args[0] as { ids?: readonly string[] } | readonly string[] | undefined;
        const ids = Array.isArray(first) ? first.length : (first as { ids?: readonly string[] })?.ids?.length;
        calls.push({ method: String(prop), ...(ids !== undefined ? { ids } : {}) });
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}
