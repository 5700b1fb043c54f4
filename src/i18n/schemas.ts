// A strict zod schema per checker dictionary, built from the list of keys the checker reads
// (widgets/<checker>/keys.ts, widgets/sps/text.ts requiredKeys). A missing key, a misspelt one or
// one nothing reads any more fails validation, with its dotted path. Plural keys: the list names
// the `_other` form; `_one` (English) is allowed next to it.
import { z } from 'zod';
import { reentryKeys } from '../../widgets/reentry/keys.ts';
import { requiredKeys as spsKeys } from '../../widgets/sps/text.ts';

type Shape = { [key: string]: Shape | true };

export function schemaFromKeys(keys: readonly string[]): z.ZodType {
  const tree: Shape = {};
  for (const key of keys) {
    const parts = key.split('.');
    let node = tree;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = true;
      else node = (node[part] = node[part] === true || node[part] === undefined ? {} : node[part]) as Shape;
    });
  }
  const build = (node: Shape): z.ZodType => {
    const shape: Record<string, z.ZodType> = {};
    for (const [key, value] of Object.entries(node)) {
      shape[key] = value === true ? z.string().trim().min(1) : build(value);
      if (value === true && key.endsWith('_other')) shape[key.replace(/_other$/, '_one')] = z.string().trim().min(1).optional();
    }
    return z.strictObject(shape);
  };
  return build(tree);
}

export const dictionarySchemas = {
  reentry: schemaFromKeys(reentryKeys()),
  sps: schemaFromKeys(spsKeys()),
};
