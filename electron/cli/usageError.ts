/** A mistake in how the command was typed: run() exits 2 with the usage text. Its own module so command files can throw it. */
export class UsageError extends Error {}
