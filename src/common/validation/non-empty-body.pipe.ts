import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/**
 * Rejects an object body that sets no field, such as `{}` as a PATCH body, which would otherwise
 * store a new version without a change. Apply it to `@Body()`: it runs after the global
 * ValidationPipe, which has already rejected unknown keys, so every key left is a field. Keys whose
 * value is undefined do not count.
 */
@Injectable()
export class NonEmptyBodyPipe implements PipeTransform {
  constructor(private readonly message: string) {}

  transform(value: unknown): unknown {
    const isEmpty =
      value === undefined ||
      value === null ||
      (typeof value === 'object' && Object.values(value).every((field) => field === undefined));
    if (isEmpty) {
      throw new BadRequestException(this.message);
    }
    return value;
  }
}
