// npm run users -- <command>: local accounts in the configured store (NEO4J_URI or GOVGRAPH_DB).
//   add <name> [--role R]... [--oidc "<issuer> <sub>"]   password from stdin (one line), none with --oidc only
//   grant <name> --role R...    revoke <name> --role R...    list    token <name> --label L
// Roles: admin, editor:<partnership id>, reviewer:<partnership id>.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseRole } from '../curation/viewer.js';
import type { User } from '../curation/model.js';
import type { CurationStore } from '../store/curation-contract.js';
import { openCurationStore } from '../store/curation-open.js';
import { hashPassword } from './password.js';
import { startSession } from './sessions.js';

const USAGE = `usage: npm run users -- add <name> [--role admin|editor:<partnership>|reviewer:<partnership>]... [--oidc "<issuer> <sub>"]
       npm run users -- grant <name> --role R...  |  revoke <name> --role R...  |  list  |  token <name> --label L
the password of add is read from stdin (echo "$PASSWORD" | npm run users -- add alice --role editor:richmond/csp)`;

function options(args: string[]): { positional: string[]; roles: string[]; oidc?: string; label?: string } {
  const out: { positional: string[]; roles: string[]; oidc?: string; label?: string } = { positional: [], roles: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--role') out.roles.push(parseRole(value()));
    else if (a === '--oidc') out.oidc = value();
    else if (a === '--label') out.label = value();
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else out.positional.push(a);
  }
  return out;
}

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

const NAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

export async function runUsers(argv: string[], store: CurationStore, readPassword = readStdinLine, out = console.log): Promise<void> {
  const [command, ...rest] = argv;
  const o = options(rest);
  const name = o.positional[0];
  const need = async (): Promise<User> => {
    if (!name) throw new Error(USAGE);
    const u = await store.getUser(name);
    if (!u) throw new Error(`no account "${name}"`);
    return u;
  };
  switch (command) {
    case 'add': {
      if (!name || !NAME.test(name)) throw new Error(`a name is 2-64 characters of a-z 0-9 . _ @ - (got "${name ?? ''}")`);
      if (await store.getUser(name)) throw new Error(`"${name}" exists: use grant or revoke to change its roles`);
      const password = o.oidc ? undefined : await readPassword();
      const user: User = {
        name,
        roles: [...new Set(o.roles)],
        createdAt: new Date().toISOString(),
        ...(password !== undefined ? { passwordHash: await hashPassword(password) } : {}),
        ...(o.oidc ? { oidcSubject: o.oidc } : {}),
      };
      await store.putUser(user);
      out(`added ${name}${user.roles.length ? ` (${user.roles.join(', ')})` : ' (a reader)'}`);
      return;
    }
    case 'grant':
    case 'revoke': {
      const u = await need();
      if (o.roles.length === 0) throw new Error(`${command} needs --role`);
      const roles = command === 'grant' ? [...new Set([...u.roles, ...o.roles])] : u.roles.filter((r) => !o.roles.includes(r));
      await store.putUser({ ...u, roles });
      out(`${name}: ${roles.join(', ') || 'no roles'}`);
      return;
    }
    case 'list':
      for (const u of await store.listUsers()) out(`${u.name}\t${u.roles.join(',') || '-'}\t${u.passwordHash ? 'password' : ''}${u.oidcSubject ? ' oidc' : ''}`);
      return;
    case 'token': {
      const u = await need();
      if (!o.label) throw new Error('token needs --label (what the token is for)');
      const t = await startSession(store, u.name, 'token', new Date(), o.label);
      out(t.secret);
      return;
    }
    default:
      throw new Error(USAGE);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const store = await openCurationStore();
  try {
    await runUsers(process.argv.slice(2), store);
  } catch (err) {
    console.error(`users: ${(err as Error).message}`);
    process.exitCode = 1;
  } finally {
    await store.close();
  }
}
