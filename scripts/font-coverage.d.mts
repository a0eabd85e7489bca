/** Types for font-coverage.mjs (imported by tests). */
export const ROBOTO_FILES: string[];
export const EMOJI_FILE: string;
export const EMOJI_SOURCE: string;
export function coverageSource(): string;
