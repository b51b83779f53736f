import { ArgumentMetadata, BadRequestException, ParseUUIDPipe } from '@nestjs/common';

import { describeValue } from './validation/describe-value';

/** ParseUUIDPipe whose message names the parameter, shows an example and repeats the rejected value. */
class UuidParamPipe extends ParseUUIDPipe {
  constructor(private readonly name: string) {
    super();
  }

  override async transform(value: string, _metadata: ArgumentMetadata): Promise<string> {
    if (typeof value !== 'string' || !this.isUUID(value)) {
      throw new BadRequestException(
        `${this.name} must be a UUID such as 0b5e1f9a-2a44-4c55-9d7e-3f0c1e2d4b6a, got ${describeValue(value)}`,
      );
    }
    return value;
  }
}

/** Parse a path parameter as a UUID, naming the parameter and the value when it is not one. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new UuidParamPipe(name);
}
