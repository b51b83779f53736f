import { QueryIntegerField } from '../../common/validation/query-integer';

export class PageQueryDto {
  @QueryIntegerField({ description: 'Items per page', min: 1, max: 100, default: 20 })
  limit = 20;

  @QueryIntegerField({ description: 'Items to skip', min: 0, max: 1_000_000, default: 0 })
  offset = 0;
}
