/** Types for start.mjs (imported by tests). */
export function electronBinary(dir?: string): string | null;
export function buildIsStale(root?: string): boolean;
