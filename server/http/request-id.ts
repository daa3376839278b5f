// Every request gets an id: the caller's x-request-id when it is sane, else a fresh one. It is
// echoed in the response header and logged with internal errors, so a report can be traced.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const SANE = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's id when sane, else a fresh one. */
export const pickRequestId = (given: string | undefined): string => (given && SANE.test(given) ? given : randomUUID());

export function requestId(req: Request, res: Response, next: NextFunction): void {
  const id = pickRequestId(req.get('x-request-id'));
  res.locals.requestId = id;
  res.setHeader('x-request-id', id);
  next();
}

export const requestIdOf = (res: Response): string => String(res.locals.requestId);
