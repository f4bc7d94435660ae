import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Body, Controller, Get, HttpStatus, Module, Param, Post, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Min, ValidateNested } from 'class-validator';
import { Public } from '../src/access/access.decorators.js';
import { ApiError } from '../src/common/errors/api-error.js';
import { startTestApp, type TestApp } from './support/test-app.js';

class PayeeDto {
  @IsString()
  @Length(20, 20)
  iban!: string;
}

class ProbePaymentDto {
  @IsInt()
  @Min(1)
  amountTiyn!: number;

  @ValidateNested()
  @Type(() => PayeeDto)
  payee!: PayeeDto;
}

/** A stand-in feature to exercise the global pipe and filter exactly as real features will. */
@Public()
@Controller('probe')
class ProbeController {
  @Post('payments')
  create(@Body() body: ProbePaymentDto) {
    return body;
  }

  @Get('echo/:word')
  echo(@Param('word') word: string, @Query('note') note?: string) {
    return { word, note };
  }

  @Get('domain-error')
  domainError(): never {
    throw new ApiError(HttpStatus.CONFLICT, 'PROBE_ALREADY_SIGNED', 'The document is already signed.', {
      field: 'signature',
    });
  }

  @Get('crash')
  crash(): never {
    throw new Error('connection to 10.0.0.7 failed: password authentication failed for user "bank"');
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('error answers', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ extraModules: [ProbeModule] });
  });
  afterAll(() => testApp.close());

  const postProbe = (body: object) => testApp.http().post('/api/probe/payments').send(body);
  /** A body sent exactly as written, for JSON no serializer would produce. */
  const postRawJson = (json: string) =>
    testApp.http().post('/api/probe/payments').set('content-type', 'application/json').send(json);

  it('names every invalid field, nested ones by dotted path, with a stable code', async () => {
    const response = await postProbe({ amountTiyn: 0.5, payee: { iban: 'KZ' } });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.field).toBe('amountTiyn');
    expect(response.body.details.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'amountTiyn', code: 'IS_INT' }),
        expect.objectContaining({ field: 'payee.iban', code: 'IS_LENGTH' }),
      ]),
    );
  });

  it('refuses fields the endpoint does not know instead of silently dropping them', async () => {
    const response = await postProbe({
      amountTiyn: 100,
      payee: { iban: 'KZ86125KZT5004100100' },
      isAdmin: true,
    });
    expect(response.status).toBe(400);
    expect(response.body.details.violations).toEqual([
      expect.objectContaining({ field: 'isAdmin', code: 'UNKNOWN_FIELD' }),
    ]);
  });

  it('accepts a valid body and converts it to the declared types', async () => {
    const response = await postProbe({ amountTiyn: 100, payee: { iban: 'KZ86125KZT5004100100' } });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ amountTiyn: 100, payee: { iban: 'KZ86125KZT5004100100' } });
  });

  it('answers malformed JSON with 400 MALFORMED_REQUEST, not 500', async () => {
    const response = await postRawJson('{"amountTiyn": 1,');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      code: 'MALFORMED_REQUEST',
      message: 'The request body is not valid JSON.',
    });
  });

  it('refuses a NUL or half a UTF-16 pair in a body, a query or a path parameter, naming where', async () => {
    const body = await postRawJson('{"amountTiyn": 1, "payee": {"iban": "KZ\\u0000"}}');
    expect(body.status).toBe(400);
    expect(body.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'payee.iban', violations: [{ field: 'payee.iban', code: 'INVALID_CHARACTERS' }] },
    });
    const surrogate = await postRawJson('{"amountTiyn": 1, "payee": {"iban": "KZ\\ud800"}}');
    expect(surrogate.body.details).toMatchObject({ field: 'payee.iban' });
    const query = await testApp.http().get('/api/probe/echo/KZ%00').query({ note: 'a\u0000' });
    expect(query.status).toBe(400);
    expect(query.body.details).toMatchObject({ violations: [{ code: 'INVALID_CHARACTERS' }] });
  });

  it('refuses a body nested thousands deep with 400, not a stack overflow', async () => {
    const response = await postRawJson(`{"amountTiyn": 1, "note": ${'['.repeat(2_000)}${']'.repeat(2_000)}}`);
    expect(response.status).toBe(400);
    expect(response.body.details).toMatchObject({ violations: [{ code: 'NESTED_TOO_DEEP' }] });
  });

  it('answers an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await postRawJson(JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('passes a feature error through with its own status, code and field', async () => {
    const response = await testApp.http().get('/api/probe/domain-error');
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      code: 'PROBE_ALREADY_SIGNED',
      message: 'The document is already signed.',
      details: { field: 'signature' },
    });
  });

  it('turns an unexpected error into a 500 that reveals nothing but a request id', async () => {
    const response = await testApp.http().get('/api/probe/crash').set('x-request-id', 'req-42');
    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      code: 'INTERNAL_ERROR',
      message: expect.any(String),
      details: { requestId: 'req-42' },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/password|10\.0\.0\.7|at /);
  });

  it('answers an unknown API route with 404 NOT_FOUND in the same shape', async () => {
    const response = await testApp.http().get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });

  it('serves the OpenAPI document describing the health and self-check endpoints', async () => {
    const response = await testApp.http().get('/api/docs/openapi.json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths as object)).toEqual(
      expect.arrayContaining(['/api/health', '/api/ops/self-checks']),
    );
  });

  it('documents every refusal of every route with the one error body, so a client or fuzzer knows each', async () => {
    const { body } = await testApp.http().get('/api/docs/openapi.json');
    const operations = operationsOf(body.paths as Paths);

    expect(operations.length).toBeGreaterThan(40);
    // A route that documents a status itself keeps it (the health report is also its 503 answer).
    const errorBodyOf = (response: Response | undefined) =>
      (response && '$ref' in response
        ? (body.components.responses as Record<string, Response>)[response.$ref.split('/').at(-1)!]
        : response
      )?.content?.['application/json']?.schema;
    const undocumented = operations.flatMap(({ route, operation }) =>
      ['400', '401', '403', '404', '409', '422', '429', '503', 'default']
        .filter((status) => !errorBodyOf(operation.responses[status]))
        .map((status) => `${route} ${status}`),
    );
    expect(undocumented).toEqual([]);
    const createDocument = (body.paths as Paths)['/api/documents']!.post!;
    for (const status of ['400', '401', '403', '404', '409', '422', '429', '503', 'default'])
      expect(errorBodyOf(createDocument.responses[status])).toEqual({
        $ref: '#/components/schemas/ErrorBody',
      });
    expect(body.components.schemas.ErrorBody.required).toEqual(['code', 'message']);
  });

  it('documents the shape of every path parameter (a UUID, digits, a pattern), so a client or fuzzer can form one the route accepts', async () => {
    const { body } = await testApp.http().get('/api/docs/openapi.json');
    const paths = body.paths as Paths;
    const pathParameters = operationsOf(paths)
      .filter(({ route }) => !route.includes(' /api/probe/')) // this spec's own stand-in routes
      .flatMap(({ route, operation }) =>
        (operation.parameters ?? [])
          .filter((parameter) => parameter.in === 'path')
          .map((parameter) => ({ route, ...parameter })),
      );
    const shapeless = pathParameters
      .filter(({ schema }) => !(schema.format || schema.pattern || schema.enum || schema.maxLength))
      .filter(({ schema }) => schema.type !== 'integer')
      .map(({ route, name }) => `${route} ${name}`);
    const routeNames = pathParameters.map(({ route, name }) => `${route} ${name}`);
    expect(pathParameters.length).toBeGreaterThan(50);
    expect(shapeless).toEqual([]);
    expect(new Set(routeNames).size).toBe(routeNames.length); // documented once, not beside Nest's own
    expect(paths['/api/documents/{id}']!.get!.parameters).toContainEqual(
      expect.objectContaining({
        name: 'id',
        in: 'path',
        required: true,
        schema: { type: 'string', format: 'uuid' },
      }),
    );
    expect(paths['/api/manager/reference/banks/{id}']!.put!.parameters).toContainEqual(
      expect.objectContaining({ name: 'id', schema: { type: 'string', pattern: '^[0-9]{3}$' } }),
    );
  });

  it('documents the session cookie everywhere but on public routes, and the CSRF header wherever a session changes something', async () => {
    const { body } = await testApp.http().get('/api/docs/openapi.json');
    const paths = body.paths as Paths;

    expect(body.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: 'qoltanba_session' },
      csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
    });
    expect(paths['/api/documents']!.get!.security).toEqual([{ session: [] }]);
    expect(paths['/api/documents']!.post!.security).toEqual([{ session: [], csrf: [] }]);
    expect(paths['/api/auth/login/standard']!.post!.security).toBeUndefined();
    expect(paths['/api/health']!.get!.security).toBeUndefined();
  });
});

type Paths = Record<string, Record<string, Operation>>;

/** Every operation of the document, as "method path" and the operation. */
function operationsOf(paths: Paths): { route: string; operation: Operation }[] {
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ route: `${method} ${path}`, operation })),
  );
}

type Response = { content?: Record<string, { schema?: unknown }> } | { $ref: string; content?: undefined };
interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema: Record<string, unknown> }[];
  responses: Record<string, Response | undefined>;
  security?: Record<string, string[]>[];
}
