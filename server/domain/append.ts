// Appends a list of any length: push(...items) passes every item as an argument on the stack,
// so a long list (a seed folder with a few hundred thousand problems) overflows it.
export function appendAll<T>(into: T[], items: Iterable<T>): T[] {
  for (const item of items) into.push(item);
  return into;
}
