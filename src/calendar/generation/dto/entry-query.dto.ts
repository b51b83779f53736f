import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SUPPORTED_PLATFORMS } from '../../platform';
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

  @ApiPropertyOptional({ description: 'Only this platform', enum: SUPPORTED_PLATFORMS })
  @IsOptional()
  @IsIn(SUPPORTED_PLATFORMS, { message: `platform must be one of ${SUPPORTED_PLATFORMS.join(', ')}` })
  platform?: string;

  @ApiPropertyOptional({ description: 'Only this pillar, by exact name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  pillar?: string;

  @ApiPropertyOptional({ description: 'Entries per page', minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;

  @ApiPropertyOptional({ description: 'Entries to skip', minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}
