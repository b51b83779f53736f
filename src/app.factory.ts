import { BadRequestException, INestApplication, Logger, LogLevel, ValidationPipe } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';
import type { Environment } from './config/environment';
import { flattenValidationErrors } from './common/validation/flatten-validation-errors';

const LOG_LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Build the Nest application with everything main.ts and the e2e tests share; the caller listens. */
export async function createApp(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(), { bodyParser: false, bufferLogs: true });
  const config = app.get<ConfigService<Environment, true>>(ConfigService);

  const level = config.get('LOG_LEVEL', { infer: true }) as LogLevel;
  app.useLogger(LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1));
  app.flushLogs();

  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: config.get('MAX_BODY_BYTES', { infer: true }) });
  app.use(bodyParserErrors);

  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new BadRequestException(flattenValidationErrors(errors)),
    }),
  );
  app.enableShutdownHooks();

  setUpSwagger(app);
  return app;
}

function setUpSwagger(app: INestApplication): void {
  const document = new DocumentBuilder()
    .setTitle('Cadence')
    .setDescription(
      'Content strategies, one active strategy per user, and the calendars planned from it. ' +
        'Send a user API key as "Authorization: Bearer <apiKey>"; admin endpoints take ADMIN_TOKEN instead.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A user API key (cad_…)' }, 'api-key')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'The ADMIN_TOKEN setting' }, 'admin-token')
    .build();

  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, document), {
    jsonDocumentUrl: 'docs-json',
  });
}

/**
 * Turn body-parser failures into the JSON error shape of every other response. Without this, Express
 * answers a malformed or oversized body with an HTML page.
 */
function bodyParserErrors(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  const parserError = error as { type?: string; status?: number; limit?: number; message?: string };

  if (parserError?.type === 'entity.too.large') {
    response.status(413).json({
      statusCode: 413,
      error: 'Payload Too Large',
      message: `Request body is larger than the limit of ${parserError.limit} bytes (MAX_BODY_BYTES)`,
    });
    return;
  }

  if (parserError?.type === 'entity.parse.failed') {
    response.status(400).json({
      statusCode: 400,
      error: 'Bad Request',
      message: `Request body is not valid JSON: ${parserError.message}`,
    });
    return;
  }

  if (parserError?.status && parserError.status >= 400 && parserError.status < 500) {
    response.status(parserError.status).json({
      statusCode: parserError.status,
      error: 'Bad Request',
      message: parserError.message ?? 'The request body could not be read',
    });
    return;
  }

  new Logger('HTTP').error(`Unexpected error before routing: ${(error as Error)?.message ?? String(error)}`);
  next(error);
}
