import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { StrategyResponseDto } from './strategy-response.dto';
import { parseQueryBoolean } from '../../common/validation/query-boolean';

export class ActiveStrategyQueryDto {
  @ApiPropertyOptional({ description: 'Skip the memory tier and read the database (the result refills the cache)', default: false })
  @IsOptional()
  @Transform(parseQueryBoolean)
  @IsBoolean({ message: "refresh must be 'true' or 'false'" })
  refresh?: boolean;
}

export class ResolutionDto {
  @ApiProperty({
    description:
      'Which tier answered: memory (the in-process cache), database (the activation status) or fallback ' +
      '(no strategy is active; the most recent one with an AI analysis, else the most recent one)',
    enum: ['memory', 'database', 'fallback'],
  })
  tier: 'memory' | 'database' | 'fallback';

  @ApiProperty({ description: 'When this request resolved the strategy, UTC', format: 'date-time' })
  resolvedAt: string;
}

export class ActiveStrategyResponseDto extends StrategyResponseDto {
  @ApiProperty({ description: 'How the active strategy was found', type: ResolutionDto })
  resolution: ResolutionDto;
}
