// A string by key from the flat dictionary an island receives, with fallbacks. Apart from
// strings.ts so pages that only fill templates (search, Special Permission) do not load it.
import { fill, type Strings, type Vars } from './strings.ts';

/** The first key that has a string, filled in; the first key itself when none has, so a gap shows. */
export function translate(strings: Strings, keys: string | readonly string[], vars?: Vars): string {
  const list = typeof keys === 'string' ? [keys] : keys;
  for (const key of list) {
    const value = strings[key];
    if (typeof value === 'string') return fill(value, vars);
  }
  return list[0] ?? '';
}
