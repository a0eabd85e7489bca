import { v7 } from 'uuid';

/** Time-ordered UUIDv7: sorts by creation, merges safely between laptops later. */
export function newId(): string {
  return v7();
}

export function nowStamp(): string {
  return new Date().toISOString();
}
