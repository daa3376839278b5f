// A refusal of the curation service, with the API error code it is reported with and, where one
// argument is at fault, its path (e.g. input.changes.0.node.name).
export type CurationCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND';

export class CurationError extends Error {
  override name = 'CurationError';
  constructor(
    readonly code: CurationCode,
    message: string,
    readonly argument?: string,
  ) {
    super(message);
  }
}

export const bad = (message: string, argument: string) => new CurationError('BAD_USER_INPUT', `${argument}: ${message}`, argument);
