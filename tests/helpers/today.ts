/** The day core and CLI tests pin as today: Sunday 22 November 2026 (so "overdue", "stale" and deadlines never drift). */
export const TODAY = '2026-11-22';
