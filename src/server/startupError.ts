/** A start-up problem a person can act on: printed as one line, without a stack, and the process exits 1. */
export class StartupError extends Error {}
