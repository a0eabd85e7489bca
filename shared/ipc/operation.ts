/**
 * The building blocks of the contract (shared/ipc/contract.ts and the per-area blocks in
 * shared/ipc/ops/): an operation is a channel's zod input schema and its result type.
 */
import { z } from 'zod';
import type { PrintWarnings } from '../logic/printable';
import { id } from '../model/schemas';
import type { AreaChannel, AreaName } from './channels';

/** What saving a record with printed names returns: the record, and warnings about characters no PDF font has. */
export type Saved<T> = T & PrintWarnings;

export interface Operation<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type only. */
  result: R;
}

export function op<I extends z.ZodType>(input: I) {
  return { returns: <R>(): Operation<I, R> => ({ input, result: undefined as R }) };
}

export const none = z.object({}).strict();
export const byId = z.object({ id }).strict();
export const reorder = z.object({ ids: z.array(id).min(1) }).strict();

export interface SavedFile {
  path: string;
  pages: number;
}

/** Each area's operations: exactly the channels shared/ipc/channels.ts lists for it (checked at compile time). */
export type AreaOps<A extends AreaName> = { [C in AreaChannel<A>]: Operation<z.ZodType, unknown> };
