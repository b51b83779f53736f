import { ApiProperty } from '@nestjs/swagger';

export class ActivationDto {
  @ApiProperty({ description: 'Activation id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Strategy id', format: 'uuid' })
  strategyId: string;

  @ApiProperty({ description: 'When the strategy became active, UTC', format: 'date-time' })
  activatedAt: Date;

  @ApiProperty({ description: 'When it stopped being active, UTC; null while it is active', format: 'date-time', nullable: true, type: String })
  deactivatedAt: Date | null;
}
