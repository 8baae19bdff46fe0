// A JSON value named as a reader would name it, for messages such as "should be text, but it is a
// number": the validator's own words ("Expected string but received number") mean little to a reader.

export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return 'an object';
}
