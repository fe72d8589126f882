/** Checks API responses against the OpenAPI document's schema for their route and status. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import openapi from '../../shared/api/openapi.json' with { type: 'json' };
import type { ApiResponse } from '../../shared/api/router.js';

// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ strict: false, validateSchema: false, allErrors: true }));
ajv.addSchema(openapi, 'openapi.json');

const pointer = (...parts: string[]): string => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** The schema errors of `response` for route `path` (as the document spells it), or [] when it conforms. */
export function contractErrors(path: string, response: ApiResponse): string[] {
  const operation = (openapi.paths as Record<string, { get: { responses: Record<string, { $ref?: string }> } }>)[path]?.get;
  const documented = operation?.responses[String(response.status)];
  if (!documented) return [`${path} documents no ${response.status} response`];
  const base = documented.$ref ? `openapi.json${documented.$ref}` : `openapi.json#/${pointer('paths', path, 'get', 'responses', String(response.status))}`;
  const validate = ajv.getSchema(`${base}/content/application~1json/schema`);
  if (!validate) return [`no schema at ${base}`];
  if (!response.headers['content-type']?.startsWith('application/json')) return ['content-type is not JSON'];
  return validate(JSON.parse(response.body)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
