import { ApiExtraModels, ApiProperty, IntersectionType } from '@nestjs/swagger';

import { BrandVoiceDto, ContentPillarDto, CreateStrategyDto } from './strategy-content.dto';

/** Fields Cadence maintains for every strategy, next to the content the user gave. */
export class StrategyRecordFieldsDto {
  @ApiProperty({ description: 'Strategy id', format: 'uuid', example: '0b9c3c55-5d4e-4a8e-9c47-2f0c8f6a1d2e' })
  id: string;

  @ApiProperty({
    description: 'Revision number: 1 on creation, one more after every content edit, activation and deactivation',
    type: 'integer',
    minimum: 1,
    example: 3,
  })
  version: number;

  @ApiProperty({
    description: 'Whether this is the active strategy; a user has at most one active strategy',
    enum: ['active', 'inactive'],
    example: 'active',
  })
  status: 'active' | 'inactive';

  @ApiProperty({
    description: 'Percentage of the user-entered fields that are filled; AI-analysis fields do not count',
    type: 'integer',
    minimum: 0,
    maximum: 100,
    example: 85,
  })
  completeness: number;

  @ApiProperty({
    description: 'Start of the latest activation period (UTC), or null if the strategy was never active',
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-03-02T09:15:00.000Z',
  })
  activatedAt: string | null;

  @ApiProperty({
    description: 'End of the latest activation period (UTC), or null while it is active or if it was never active',
    type: String,
    format: 'date-time',
    nullable: true,
    example: null,
  })
  deactivatedAt: string | null;

  @ApiProperty({
    description: 'Creation time (UTC)',
    type: String,
    format: 'date-time',
    example: '2026-03-01T08:00:00.000Z',
  })
  createdAt: string;

  @ApiProperty({
    description: 'Time of the latest change (UTC)',
    type: String,
    format: 'date-time',
    example: '2026-03-02T09:15:00.000Z',
  })
  updatedAt: string;
}

/** A strategy as the API returns it: every content field of `CreateStrategyDto` plus the record fields. */
@ApiExtraModels(ContentPillarDto, BrandVoiceDto)
export class StrategyResponseDto extends IntersectionType(CreateStrategyDto, StrategyRecordFieldsDto) {}

export class StrategyPageDto {
  @ApiProperty({ description: 'Strategies on this page, newest first', type: () => [StrategyResponseDto] })
  items: StrategyResponseDto[];

  @ApiProperty({
    description: 'Number of strategies the user has across all pages',
    type: 'integer',
    minimum: 0,
    example: 12,
  })
  total: number;
}

export class ImportReportDto {
  @ApiProperty({
    description: 'ALwrity shape the document was read as',
    enum: ['enhanced-strategy', 'calendar-document'],
    example: 'enhanced-strategy',
  })
  format: 'enhanced-strategy' | 'calendar-document';

  @ApiProperty({
    description: 'Fields of the document that were not imported, as paths in the document (snake_case)',
    type: [String],
    example: ['user_id', 'performance_data'],
  })
  ignoredFields: string[];
}

/** Response of an import: the new strategy and what the import left out. */
export class ImportedStrategyDto extends StrategyResponseDto {
  @ApiProperty({ description: 'How the document was read', type: () => ImportReportDto })
  importReport: ImportReportDto;
}
