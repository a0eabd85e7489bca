import { createRequire } from 'node:module';

type V7 = () => string;
let v7: V7 | undefined;

/**
 * Time-ordered UUIDv7: sorts by creation, merges safely between laptops later. The uuid package
 * (every UUID version, some 20 ms under plain Node) is loaded on the first write, so commands
 * that only read (`panelpack info`, `check`) never load it.
 */
export function newId(): string {
  v7 ??= (createRequire(import.meta.url)('uuid') as { v7: V7 }).v7;
  return v7();
}

export function nowStamp(): string {
  return new Date().toISOString();
}
