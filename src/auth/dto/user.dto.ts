import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';

import { TextField } from '../../common/validation/field-decorators';

export class CreateUserDto {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @TextField({
    description: 'Display name of the user or team; spaces around it are removed',
    example: 'Northwind marketing',
    required: true,
    minLength: 1,
    maxLength: 200,
  })
  name: string;
}

export class CreatedUserDto {
  @ApiProperty({ description: 'User id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Display name', example: 'Northwind marketing' })
  name: string;

  @ApiProperty({
    description: 'API key, sent as `Authorization: Bearer cad_…`. Shown only in this response; Cadence stores a hash.',
    example: 'cad_3q2-7wFZ0H0mJ1mN5l6kR2xq9oGQ8cYt0bJzq1Yw4cE',
  })
  apiKey: string;

  @ApiProperty({ description: 'Creation time, UTC', format: 'date-time' })
  createdAt: Date;
}
