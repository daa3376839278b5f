// schema.graphql at the repository root is the contract; the server reads it as is.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export const typeDefs = readFileSync(SCHEMA_FILE, 'utf8');
