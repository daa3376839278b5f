// The body of every error the HTTP layer answers itself (outside GraphQL's execution): the shape
// of a GraphQL error, so a client reads one kind of error whatever refused its request.

export const errorBody = (message: string, code: string, requestId?: string) => ({
  errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }],
});
