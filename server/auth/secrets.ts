// Session and API-token secrets: random, given to the client once, stored only as their sha256.
import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits; `ggt_` marks an API token so it can be recognised in a leaked log. */
export const newSecret = (prefix = ''): string => prefix + randomBytes(32).toString('base64url');

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
