// Limits the operator sets by environment variables (connection caps, client timeouts): each
// variable unset or blank keeps its default, and a bad value stops start-up naming the variable.

/** `defaults` with the value of each limit whose variable `env` sets, as `read` reads it (throwing, with the variable's name, on a bad value). */
export function limitsFromEnv<K extends string>(
  env: NodeJS.ProcessEnv,
  defaults: Readonly<Record<K, number>>,
  variables: Readonly<Record<K, string>>,
  read: (given: string, variable: string) => number,
): Record<K, number> {
  const limits: Record<K, number> = { ...defaults };
  for (const key of Object.keys(variables) as K[]) {
    const given = env[variables[key]]?.trim();
    if (given) limits[key] = read(given, variables[key]);
  }
  return limits;
}

/** Whether `env` sets `variable` (blank is unset). */
export const isSet = (env: NodeJS.ProcessEnv, variable: string): boolean => Boolean(env[variable]?.trim());
