// Two kinds of failure callers handle differently: a caller's mistake (shown to the user as is)
// and a store that cannot be reached (the server is down, not the request wrong).

/** Bad input to a store method: unknown kind, bad cursor, bad date, a batch that breaks a rule. */
export class StoreInputError extends Error {
  override name = 'StoreInputError';
}

/** The store cannot be reached or opened; the message names where it was looked for. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}
