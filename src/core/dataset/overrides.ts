// The overrides file (assets/overrides.json): hand corrections for what the automatic step gets wrong.
// Each entry names entities by name or alias, says what to change and why in one line. The file is
// checked as strictly as article files: a bad entry stops the build with its position and the problem.
import * as v from 'valibot';

const Name = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200));
const Reason = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'every override needs a reason'),
  v.maxLength(300, 'reason must be one short line'),
  v.regex(/^[^\n\r]*$/, 'reason must be one line'),
);
const EntityType = v.picklist(['person', 'organisation', 'place', 'other']);

const OverrideSchema = v.variant('op', [
  /** Folds the entities called `names` into the entity called `into`. */
  v.strictObject({
    op: v.literal('merge'),
    into: Name,
    names: v.pipe(v.array(Name), v.minLength(1)),
    reason: Reason,
  }),
  /** Adds surface forms that should mark the entity on pages. */
  v.strictObject({
    op: v.literal('alias'),
    entity: Name,
    add: v.pipe(v.array(Name), v.minLength(1)),
    reason: Reason,
  }),
  /** Corrects the type, or picks another description; a description must be quoted from an article. */
  v.pipe(
    v.strictObject({
      op: v.literal('set'),
      entity: Name,
      type: v.optional(EntityType),
      description: v.optional(Name),
      reason: Reason,
    }),
    v.check(
      (entry) => entry.type !== undefined || entry.description !== undefined,
      'set needs a type or a description',
    ),
  ),
  /** Removes an entity (when `name` is its name) or one alias (when `name` is only an alias). */
  v.strictObject({ op: v.literal('suppress'), name: Name, reason: Reason }),
]);

const OverridesFileSchema = v.strictObject({ overrides: v.array(OverrideSchema) });

export type Override = v.InferOutput<typeof OverrideSchema>;

export class OverrideError extends Error {
  override name = 'OverrideError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses and validates an overrides file; throws OverrideError naming the file and the first problem. */
export function parseOverrides(file: string, text: string): Override[] {
  let value: unknown;
  try {
    value = JSON.parse(text, (key, item: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new OverrideError(file, `forbidden key "${key}"`);
      return item;
    });
  } catch (error) {
    if (error instanceof OverrideError) throw error;
    throw new OverrideError(file, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = v.safeParse(OverridesFileSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    throw new OverrideError(file, `${path ?? 'file'}: ${issue?.message ?? 'invalid'}`);
  }
  return result.output.overrides;
}

/** "merge into "X"": how an entry is named in error messages. */
export function describeOverride(entry: Override, index: number): string {
  const subject = entry.op === 'merge' ? entry.into : entry.op === 'suppress' ? entry.name : entry.entity;
  return `overrides.${index} (${entry.op} "${subject}")`;
}
