/**
 * Turn the query-string values 'true' and 'false' into booleans for class-transformer's @Transform,
 * leaving every other value as it is so that @IsBoolean reports it.
 */
export function parseQueryBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true') {
    return true;
  }
  if (value === 'false') {
    return false;
  }
  return value;
}
