import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

export class CreateUserDto {
  @ApiProperty({ description: 'Display name of the user or team', example: 'Northwind marketing', minLength: 1, maxLength: 200 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 200)
  name: string;
}

export class CreatedUserDto {
  @ApiProperty({ description: 'User id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Display name', example: 'Northwind marketing' })
  name: string;

  @ApiProperty({
    description: 'API key for "Authorization: Bearer <apiKey>". Shown only in this response; Cadence stores a hash.',
    example: 'cad_3q2-7wFZ0H0mJ1mN5l6kR2xq9oGQ8cYt0bJzq1Yw4cE',
  })
  apiKey: string;

  @ApiProperty({ description: 'Creation time, UTC', format: 'date-time' })
  createdAt: Date;
}
