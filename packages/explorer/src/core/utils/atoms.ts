/**
 * A minimal atom store (the gephi-lite pattern): a value with subscribers, read in React through
 * useSyncExternalStore. State lives in core/<domain>/ modules as atoms plus the actions that
 * change them; views only read atoms and call actions.
 */

import { useSyncExternalStore } from "react";

export interface ReadableAtom<T> {
  get(): T;
  subscribe(listener: (value: T) => void): () => void;
}

export interface Atom<T> extends ReadableAtom<T> {
  set(value: T | ((previous: T) => T)): void;
}

export function atom<T>(initial: T): Atom<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      const v = typeof next === "function" ? (next as (previous: T) => T)(value) : next;
      if (Object.is(v, value)) return;
      value = v;
      for (const l of [...listeners]) l(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A read-only atom computed from other atoms; recomputed when one of them changes. */
export function derived<T>(sources: readonly ReadableAtom<unknown>[], compute: () => T): ReadableAtom<T> {
  const inner = atom(compute());
  for (const s of sources) s.subscribe(() => inner.set(compute()));
  return { get: inner.get, subscribe: inner.subscribe };
}

export function useAtomValue<T>(a: ReadableAtom<T>): T {
  return useSyncExternalStore(a.subscribe, a.get, a.get);
}
