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
 * | `tableBilling`| `provisioned`: provisioned capacity with auto scaling (below)   | on-demand |
 *
 * Provisioned capacity (only with `tableBilling=provisioned`; units per second):
 *
 * | context              | meaning                                                       | default          |
 * |----------------------|---------------------------------------------------------------|------------------|
 * | `writeCapacity`      | the table's write capacity at creation and auto scaling's minimum | required     |
 * | `readCapacity`       | the same for reads                                            | required         |
 * | `maxWriteCapacity`   | auto scaling's maximum for writes (table and index)           | 10 × writeCapacity |
 * | `maxReadCapacity`    | auto scaling's maximum for reads (table and index)            | 10 × readCapacity  |
 * | `indexWriteCapacity` | the EntitiesByType index's write minimum                      | 1                |
 * | `indexReadCapacity`  | the index's read minimum                                      | 1                |
 * | `targetUtilization`  | the consumed share of capacity auto scaling keeps (percent)   | 70               |
 */
import { RemovalPolicy } from 'aws-cdk-lib';

/** Auto scaling's range for one capacity, in units per second. */
export interface CapacityRange {
  readonly min: number;
  readonly max: number;
}

/**
 * How the table is billed. On-demand (the default) bills each request; a
 * provisioned table bills its capacity by the hour whether used or not, and
 * target-tracking auto scaling moves that capacity between `min` and `max`
 * to keep the consumed share near `targetUtilizationPercent`.
 */
export type TableBilling =
  | { readonly mode: 'on-demand' }
  | {
      readonly mode: 'provisioned';
      readonly write: CapacityRange;
      readonly read: CapacityRange;
      /** The GSI (EntitiesByType) is provisioned and scaled on its own. */
      readonly indexWrite: CapacityRange;
      readonly indexRead: CapacityRange;
      readonly targetUtilizationPercent: number;
    };

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
  readonly tableBilling: TableBilling;
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
    tableBilling: tableBillingFrom(context),
  };
}

const CAPACITY_KEYS = ['writeCapacity', 'readCapacity', 'maxWriteCapacity', 'maxReadCapacity', 'indexWriteCapacity', 'indexReadCapacity', 'targetUtilization'] as const;

function tableBillingFrom(context: (key: string) => unknown): TableBilling {
  const mode = text(context('tableBilling')) ?? 'on-demand';
  if (mode !== 'on-demand' && mode !== 'provisioned') throw new Error(`tableBilling must be "on-demand" or "provisioned" (got "${mode}")`);
  if (mode === 'on-demand') {
    const stray = CAPACITY_KEYS.filter((key) => text(context(key)) !== undefined);
    if (stray.length > 0) throw new Error(`${stray.join(', ')} need tableBilling=provisioned (an on-demand table has no capacity to set)`);
    return { mode };
  }
  const units = (key: (typeof CAPACITY_KEYS)[number], fallback?: number): number => {
    const raw = text(context(key));
    if (raw === undefined) {
      if (fallback === undefined) throw new Error(`tableBilling=provisioned needs ${key}: the units per second auto scaling never goes below`);
      return fallback;
    }
    const value = Number(raw);
    // DynamoDB takes whole units; 40,000 is the default per-table quota.
    if (!Number.isInteger(value) || value < 1 || value > 40_000) throw new Error(`${key} must be a whole number of units from 1 to 40000 (got "${raw}")`);
    return value;
  };
  const range = (minKey: (typeof CAPACITY_KEYS)[number], maxKey: (typeof CAPACITY_KEYS)[number]): CapacityRange => {
    const min = units(minKey);
    const max = units(maxKey, Math.min(40_000, 10 * min));
    if (max < min) throw new Error(`${maxKey} (${max}) must be at least ${minKey} (${min})`);
    return { min, max };
  };
  const write = range('writeCapacity', 'maxWriteCapacity');
  const read = range('readCapacity', 'maxReadCapacity');
  const indexWrite = { min: units('indexWriteCapacity', 1), max: write.max };
  const indexRead = { min: units('indexReadCapacity', 1), max: read.max };
  for (const [key, r] of [['indexWriteCapacity', indexWrite], ['indexReadCapacity', indexRead]] as const) {
    if (r.min > r.max) throw new Error(`${key} (${r.min}) must be at most the table's maximum (${r.max})`);
  }
  const raw = text(context('targetUtilization'));
  const targetUtilizationPercent = raw === undefined ? 70 : Number(raw);
  // Application Auto Scaling accepts 20–90 % for DynamoDB.
  if (!Number.isInteger(targetUtilizationPercent) || targetUtilizationPercent < 20 || targetUtilizationPercent > 90) {
    throw new Error(`targetUtilization must be a whole percentage from 20 to 90 (got "${raw}")`);
  }
  return { mode, write, read, indexWrite, indexRead, targetUtilizationPercent };
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
