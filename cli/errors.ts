/** An error the user can act on: printed as is, without a stack trace, with a non-zero exit. */
export class UsageError extends Error {}
