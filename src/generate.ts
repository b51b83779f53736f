import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ContextIdFactory, NestFactory } from '@nestjs/core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { UsersService } from './auth/users.service';
import { renderIcs } from './calendar/export/calendar-ics';
import { CalendarGenerationService } from './calendar/generation/calendar-generation.service';
import { toEntryDto, toGenerationDto } from './calendar/generation/dto/calendar-generation-response.dto';
import { CreateCalendarGenerationDto, isLocalDate } from './calendar/generation/dto/create-calendar-generation.dto';
import { GenerationRunner } from './calendar/generation/generation-runner.service';
import { formatWeekTable, formatQualityReport } from './calendar/report/calendar-report';
import { ActivationService } from './strategy/activation/activation.service';
import { validateStrategyContent } from './strategy/dto/validate-strategy-content';
import { mapAlwrityDocument } from './strategy/import/alwrity-import';
import type { StrategyContent } from './strategy/strategy-content';
import { StrategyService } from './strategy/strategy.service';

const USAGE = `Usage: npm run generate -- --strategy FILE --start YYYY-MM-DD --weeks N [--timezone ZONE] [--out DIR]

Plans a content calendar from a strategy file (Cadence's native JSON or an ALwrity document) through the
six planning phases, on the same database the server uses (DATABASE_URL, else the embedded PostgreSQL),
prints it week by week with its quality report, and writes calendar.ics and calendar.json to DIR
(default ./out).

  --strategy FILE    strategy JSON file
  --start DATE       first day of the calendar, YYYY-MM-DD in the calendar time zone
  --weeks N          length in weeks, 1 to 52
  --timezone ZONE    IANA time zone; default: the strategy's optimalTiming.timezone, else UTC
  --out DIR          output folder (default ./out)`;

const CLI_USER = 'Cadence CLI';

interface Options {
  strategyFile: string;
  request: CreateCalendarGenerationDto;
  outDir: string;
}

function parseOptions(argv: string[]): Options | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        strategy: { type: 'string' },
        start: { type: 'string' },
        weeks: { type: 'string' },
        timezone: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    return (error as Error).message;
  }

  if (values.help) {
    return '';
  }
  if (!values.strategy) {
    return '--strategy is missing: give the path of a strategy JSON file';
  }
  if (!values.start || !isLocalDate(values.start)) {
    return `--start ${JSON.stringify(values.start ?? '')} is not a date in the form YYYY-MM-DD`;
  }
  const weeks = Number(values.weeks);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) {
    return `--weeks ${JSON.stringify(values.weeks ?? '')} must be a whole number from 1 to 52`;
  }

  const request = Object.assign(new CreateCalendarGenerationDto(), {
    startDate: values.start,
    weeks,
    ...(values.timezone ? { timezone: values.timezone } : {}),
  });
  return { strategyFile: resolve(values.strategy), request, outDir: resolve(values.out ?? 'out') };
}

/** Read a strategy file in either format and validate it like the API does. */
async function readStrategy(path: string): Promise<StrategyContent> {
  const document: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const isNative =
    typeof document === 'object' && document !== null && !Array.isArray(document) &&
    Object.keys(document).every((key) => !key.includes('_'));

  const plain = isNative ? document : mapAlwrityDocument(document).content;
  const validated = await validateStrategyContent(plain as object);
  if ('errors' in validated) {
    throw new Error(`${path} is not a valid strategy:\n  ${validated.errors.join('\n  ')}`);
  }
  return validated.content;
}

async function generate(options: Options): Promise<void> {
  const content = await readStrategy(options.strategyFile);
  const app = await NestFactory.createApplicationContext(AppModule.register(), { logger: ['error', 'warn'] });

  try {
    const dataSource = app.get(DataSource);
    const [existing] = await dataSource.query('SELECT id, name FROM users WHERE name = $1 ORDER BY created_at LIMIT 1', [CLI_USER]);
    const user = existing ?? (await app.get(UsersService).create(CLI_USER));

    // StrategyService is request-scoped; give it a request whose user is the CLI user.
    const contextId = ContextIdFactory.create();
    app.registerRequestByContextId({ user: { id: user.id, name: user.name } }, contextId);
    const strategies = await app.resolve(StrategyService, contextId);

    const strategy = await strategies.create(content as never);
    await app.get(ActivationService).activate(user.id, strategy.id);

    const generations = app.get(CalendarGenerationService);
    const { generation } = await generations.create(user.id, options.request);
    await app.get(GenerationRunner).execute(generation.id);

    const finished = await generations.allEntries(user.id, generation.id);
    const run = toGenerationDto(finished.generation);
    if (run.status !== 'completed') {
      throw new Error(`The calendar generation ${run.status}: ${run.error?.message ?? 'no reason recorded'}`);
    }

    process.stdout.write(formatWeekTable(finished.entries));
    process.stdout.write(formatQualityReport(run));

    mkdirSync(options.outDir, { recursive: true });
    const icsPath = join(options.outDir, 'calendar.ics');
    const jsonPath = join(options.outDir, 'calendar.json');
    writeFileSync(icsPath, renderIcs(finished.generation, finished.entries));
    writeFileSync(jsonPath, `${JSON.stringify({ generation: run, entries: finished.entries.map(toEntryDto) }, null, 2)}\n`);
    process.stdout.write(`\nWrote ${icsPath} and ${jsonPath}\n`);
  } finally {
    await app.close();
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (typeof options === 'string') {
    process.stderr.write(`${options ? `${options}\n\n` : ''}${USAGE}\n`);
    return options ? 2 : 0;
  }

  await generate(options);
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    new Logger('Generate').error(error.message);
    process.exit(1);
  });
