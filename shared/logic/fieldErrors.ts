/** Field path -> first message: the `fields` of an invalid_input error, made the same way in core and in the forms. */
import type { z } from 'zod';

export function issuesToFields(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
