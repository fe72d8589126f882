/**
 * What differs between deployments, read from CDK context so one template
 * serves every stage: `npx cdk deploy -c stage=prod -c alarmEmail=ops@example.com`.
 *
 * | context       | meaning                                                        | default |
 * |---------------|----------------------------------------------------------------|---------|
 * | `stage`       | stage name: stack `NewsPipeline-<stage>`, metric namespace      | `dev`   |
 * | `removal`     | `destroy`: data goes with the stack (refused for `prod`)        | retain  |
 * | `alarmEmail`  | subscribe this address to the alarm topic (created only then)   | none    |
 * | `jwtIssuer`   | use a JWT authoriser with this issuer instead of IAM            | IAM     |
 * | `jwtAudience` | audiences the JWT authoriser accepts (comma-separated)          | —       |
 * | `corsOrigins` | origins allowed to call the API from a browser (comma-separated)| no CORS |
 */
import { RemovalPolicy } from 'aws-cdk-lib';

export type ApiAuth = { readonly kind: 'iam' } | { readonly kind: 'jwt'; readonly issuer: string; readonly audience: readonly string[] };

export interface StageConfig {
  readonly stage: string;
  /** `prod` gets deletion protection and can never be deployed with `removal=destroy`. */
  readonly isProduction: boolean;
  readonly stackName: string;
  /** For the bucket, table and log groups. */
  readonly removalPolicy: RemovalPolicy;
  readonly alarmEmail?: string;
  readonly auth: ApiAuth;
  readonly corsOrigins: readonly string[];
}

export const PRODUCTION_STAGE = 'prod';
const STAGE_NAME = /^[a-z][a-z0-9-]{0,19}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const ORIGIN = /^(\*|https?:\/\/[^/\s]+)$/;

export const stackNameFor = (stage: string): string => `NewsPipeline-${stage}`;

/**
 * The stage configuration from context values. `-c` passes strings, cdk.json
 * may hold arrays; both are accepted for lists. Anything inconsistent throws,
 * so a bad deploy command fails at synth rather than half-way through a deploy.
 */
export function stageConfigFrom(context: (key: string) => unknown): StageConfig {
  const stage = text(context('stage')) ?? 'dev';
  if (!STAGE_NAME.test(stage)) throw new Error(`stage must match ${STAGE_NAME} (got "${stage}")`);
  const isProduction = stage === PRODUCTION_STAGE;

  const removal = text(context('removal'));
  if (removal !== undefined && removal !== 'destroy' && removal !== 'retain') {
    throw new Error(`removal must be "retain" or "destroy" (got "${removal}")`);
  }
  if (removal === 'destroy' && isProduction) throw new Error('removal=destroy is refused for the prod stage: its data is kept');

  const alarmEmail = text(context('alarmEmail'));
  if (alarmEmail !== undefined && !EMAIL.test(alarmEmail)) throw new Error(`alarmEmail is not an e-mail address: "${alarmEmail}"`);

  const corsOrigins = list(context('corsOrigins'));
  const badOrigin = corsOrigins.find((origin) => !ORIGIN.test(origin));
  if (badOrigin) throw new Error(`corsOrigins must be origins like https://app.example.com (got "${badOrigin}")`);

  return {
    stage,
    isProduction,
    stackName: stackNameFor(stage),
    removalPolicy: removal === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    ...(alarmEmail ? { alarmEmail } : {}),
    auth: apiAuthFrom(text(context('jwtIssuer')), list(context('jwtAudience'))),
    corsOrigins,
  };
}

function apiAuthFrom(issuer: string | undefined, audience: string[]): ApiAuth {
  if (issuer === undefined) {
    if (audience.length > 0) throw new Error('jwtAudience needs jwtIssuer');
    return { kind: 'iam' };
  }
  if (!issuer.startsWith('https://')) throw new Error(`jwtIssuer must be an https URL (got "${issuer}")`);
  if (audience.length === 0) throw new Error('jwtIssuer needs jwtAudience: the audiences (client ids) tokens must carry');
  return { kind: 'jwt', issuer, audience };
}

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = String(value).trim();
  return trimmed === '' ? undefined : trimmed;
}

function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(String) : (text(value)?.split(',') ?? []);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}
