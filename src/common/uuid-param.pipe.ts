import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** Parse a path parameter as a UUID, naming the parameter and the value when it is not one. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new BadRequestException(`${name} must be a UUID such as 0b5e1f9a-2a44-4c55-9d7e-3f0c1e2d4b6a`),
  });
}
