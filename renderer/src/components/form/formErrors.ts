/** Field messages from the shared zod schemas, in the same shape core returns for invalid_input. */
import type { z } from 'zod';

/** Field path -> first message ("members.2.role" for a nested field; "_" for the whole input). */
export function issuesToFields(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
