import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { QueryIntegerField } from '../../../common/validation/query-integer';
import { normalizePlatform, SUPPORTED_PLATFORMS } from '../../platform';
import { IsLocalDate } from './create-calendar-generation.dto';

export class EntryQueryDto {
  @ApiPropertyOptional({ description: 'First local date to include, YYYY-MM-DD', format: 'date' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Last local date to include, YYYY-MM-DD', format: 'date' })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  @ApiPropertyOptional({ description: 'Only this platform, by id or by a name such as "LinkedIn"', enum: SUPPORTED_PLATFORMS })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? (normalizePlatform(value) ?? value) : value))
  @IsIn(SUPPORTED_PLATFORMS, { message: `platform must be one of ${SUPPORTED_PLATFORMS.join(', ')}` })
  platform?: string;

  @ApiPropertyOptional({ description: 'Only this pillar, by exact name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  pillar?: string;

  @QueryIntegerField({ description: 'Entries per page', min: 1, max: 500, default: 100 })
  limit = 100;

  @QueryIntegerField({ description: 'Entries to skip', min: 0, max: 1_000_000, default: 0 })
  offset = 0;
}
