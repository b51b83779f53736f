import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { StrategyCacheService } from './cache/strategy-cache.service';
import type { CreateStrategyDto, UpdateStrategyDto } from './dto/strategy-content.dto';
import { validateStrategyContent } from './dto/validate-strategy-content';
import { AlwrityImportError, mapAlwrityDocument } from './import/alwrity-import';
import { STRATEGY_FIELD_GROUPS, StrategyContent } from './strategy-content';
import { StrategyRepository } from './strategy.repository';
import type { StrategyView } from './strategy-view';

export interface ImportedStrategy extends StrategyView {
  importReport: { format: string; ignoredFields: string[] };
}

/**
 * Strategy CRUD for the authenticated user. Every write invalidates the user's cached views before it
 * returns, so the response of a write is never followed by a stale read.
 */
@Injectable()
export class StrategyService {
  private readonly logger = new Logger(StrategyService.name);

  constructor(
    private readonly strategies: StrategyRepository,
    private readonly cache: StrategyCacheService,
  ) {}

  list(limit: number, offset: number) {
    return this.strategies.findPage(limit, offset);
  }

  get(id: string): Promise<StrategyView> {
    return this.strategies.findView(id);
  }

  async create(dto: CreateStrategyDto): Promise<StrategyView> {
    const view = await this.strategies.insert(withoutEmpty(dto as StrategyContent));
    await this.cache.invalidateUser(this.strategies.userId);

    this.logger.log(`Created strategy ${view.id} for user ${this.strategies.userId}`);
    return view;
  }

  /** Merge the given fields into the strategy; a field set to null is removed. */
  async update(id: string, dto: UpdateStrategyDto): Promise<StrategyView> {
    if ((dto as Record<string, unknown>).name === null) {
      throw new BadRequestException('name cannot be removed: give the strategy a non-empty name');
    }

    const view = await this.strategies.updateContent(id, (current) => {
      const merged: Record<string, unknown> = { ...current };
      for (const [field, value] of Object.entries(dto)) {
        if (value === null) {
          delete merged[field];
        } else if (value !== undefined) {
          merged[field] = value;
        }
      }
      return withoutEmpty(merged as unknown as StrategyContent);
    });
    await this.cache.invalidateUser(this.strategies.userId);

    this.logger.log(`Updated strategy ${id} of user ${this.strategies.userId} to version ${view.version}`);
    return view;
  }

  async remove(id: string): Promise<void> {
    await this.strategies.remove(id);
    await this.cache.invalidateUser(this.strategies.userId);

    this.logger.log(`Deleted strategy ${id} of user ${this.strategies.userId}`);
  }

  /** Create a strategy from an ALwrity enhanced strategy or an ALwrity calendar test document. */
  async import(document: unknown): Promise<ImportedStrategy> {
    let mapped: ReturnType<typeof mapAlwrityDocument>;
    try {
      mapped = mapAlwrityDocument(document);
    } catch (error) {
      if (error instanceof AlwrityImportError) {
        throw new BadRequestException(error.message);
      }
      throw error;
    }

    const validated = await validateStrategyContent(mapped.content);
    if ('errors' in validated) {
      throw new BadRequestException(mapped.toDocumentPaths(validated.errors));
    }

    const view = await this.strategies.insert(withoutEmpty(validated.content));
    await this.cache.invalidateUser(this.strategies.userId);

    this.logger.log(
      `Imported strategy ${view.id} for user ${this.strategies.userId} from an ALwrity ${mapped.format}` +
        (mapped.ignoredFields.length > 0 ? `, ignoring ${mapped.ignoredFields.join(', ')}` : ''),
    );
    return { ...view, importReport: { format: mapped.format, ignoredFields: mapped.ignoredFields } };
  }
}

// Free JSON kept exactly as given, nulls included.
const FREE_JSON_FIELDS = new Set<string>([...STRATEGY_FIELD_GROUPS.aiAnalysis, 'qualityMetrics']);

/**
 * Drop fields that are null or undefined, at the top level and inside the typed nested objects, so
 * stored content holds only what was given: `{ optimalTiming: { blogPosts: null } }` means "no blog
 * posting times", not a stored null.
 */
function withoutEmpty(content: StrategyContent): StrategyContent {
  return Object.fromEntries(
    Object.entries(content)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([field, value]) => [field, FREE_JSON_FIELDS.has(field) ? value : withoutNullMembers(value)]),
  ) as unknown as StrategyContent;
}

function withoutNullMembers(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutNullMembers);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, member]) => member !== null && member !== undefined)
        .map(([key, member]) => [key, withoutNullMembers(member)]),
    );
  }
  return value;
}
