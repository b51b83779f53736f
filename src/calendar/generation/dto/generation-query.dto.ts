import { BadRequestException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { parseQueryBoolean } from '../../../common/validation/query-boolean';

export class GenerationQueryDto {
  @ApiPropertyOptional({ description: 'Run in the request and return the finished run (201) instead of queueing it (202)', default: false })
  @IsOptional()
  @Transform(parseQueryBoolean)
  @IsBoolean({ message: "wait must be 'true' or 'false'" })
  wait?: boolean;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** Check an Idempotency-Key header value; undefined when the header is absent. */
export function parseIdempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (!IDEMPOTENCY_KEY.test(value)) {
    throw new BadRequestException([
      'Idempotency-Key must be 1 to 200 printable ASCII characters without spaces, such as a UUID',
    ]);
  }
  return value;
}
