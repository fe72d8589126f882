/** How deploy-time context (`-c key=value`, or cdk.json) becomes a stage configuration. */
import { RemovalPolicy } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { stageConfigFrom } from '../../infra/stage-config.js';

const from = (context: Record<string, unknown>) => stageConfigFrom((key) => context[key]);

describe('stage configuration from context', () => {
  it('defaults to the dev stage: retained data, IAM authorisation, no CORS, no alarm e-mail', () => {
    expect(from({})).toEqual({
      stage: 'dev',
      isProduction: false,
      stackName: 'NewsPipeline-dev',
      removalPolicy: RemovalPolicy.RETAIN,
      auth: { kind: 'iam' },
      corsOrigins: [],
      tableBilling: { mode: 'on-demand' },
    });
  });

  it('names the stack after the stage and marks prod as production', () => {
    expect(from({ stage: 'prod' })).toMatchObject({ stackName: 'NewsPipeline-prod', isProduction: true });
  });

  it('destroys data with the stack only when asked, and never for prod', () => {
    expect(from({ removal: 'destroy' }).removalPolicy).toBe(RemovalPolicy.DESTROY);
    expect(() => from({ stage: 'prod', removal: 'destroy' })).toThrow(/refused for the prod stage/);
  });

  it('switches to a JWT authoriser when an issuer is given, with comma-separated audiences', () => {
    expect(from({ jwtIssuer: 'https://id.example.com/', jwtAudience: 'web, cli' }).auth).toEqual({
      kind: 'jwt',
      issuer: 'https://id.example.com/',
      audience: ['web', 'cli'],
    });
  });

  it('refuses a JWT issuer without an audience, an audience without an issuer, and a plain-http issuer', () => {
    expect(() => from({ jwtIssuer: 'https://id.example.com/' })).toThrow(/needs jwtAudience/);
    expect(() => from({ jwtAudience: 'web' })).toThrow(/needs jwtIssuer/);
    expect(() => from({ jwtIssuer: 'http://id.example.com/', jwtAudience: 'web' })).toThrow(/https/);
  });

  it('reads CORS origins from a comma-separated string or a cdk.json array', () => {
    expect(from({ corsOrigins: 'https://a.example.com,https://b.example.com' }).corsOrigins).toEqual([
      'https://a.example.com',
      'https://b.example.com',
    ]);
    expect(from({ corsOrigins: ['https://a.example.com'] }).corsOrigins).toEqual(['https://a.example.com']);
  });

  it('refuses a CORS origin with a path, an invalid e-mail and an invalid stage name', () => {
    expect(() => from({ corsOrigins: 'https://a.example.com/app' })).toThrow(/corsOrigins/);
    expect(() => from({ alarmEmail: 'ops' })).toThrow(/alarmEmail/);
    expect(() => from({ stage: 'Prod!' })).toThrow(/stage must match/);
  });

  it('keeps the alarm e-mail address', () => {
    expect(from({ alarmEmail: 'ops@example.com' }).alarmEmail).toBe('ops@example.com');
  });

  it('bills the table on demand unless tableBilling=provisioned, and refuses capacity for an on-demand table', () => {
    expect(from({ tableBilling: 'on-demand' }).tableBilling).toEqual({ mode: 'on-demand' });
    expect(() => from({ writeCapacity: '10' })).toThrow(/writeCapacity need tableBilling=provisioned/);
    expect(() => from({ tableBilling: 'reserved' })).toThrow(/tableBilling must be/);
  });

  it('provisions the table from the given minimums, scaling to 10 times them at 70% utilisation, the index from 1 unit', () => {
    expect(from({ tableBilling: 'provisioned', writeCapacity: '12', readCapacity: 5 }).tableBilling).toEqual({
      mode: 'provisioned',
      write: { min: 12, max: 120 },
      read: { min: 5, max: 50 },
      indexWrite: { min: 1, max: 120 },
      indexRead: { min: 1, max: 50 },
      targetUtilizationPercent: 70,
    });
  });

  it('takes the maximums, index minimums and target utilisation from context', () => {
    const billing = from({
      tableBilling: 'provisioned',
      writeCapacity: '10',
      maxWriteCapacity: '400',
      readCapacity: '4',
      maxReadCapacity: '40',
      indexWriteCapacity: '3',
      indexReadCapacity: '2',
      targetUtilization: '80',
    }).tableBilling;
    expect(billing).toEqual({
      mode: 'provisioned',
      write: { min: 10, max: 400 },
      read: { min: 4, max: 40 },
      indexWrite: { min: 3, max: 400 },
      indexRead: { min: 2, max: 40 },
      targetUtilizationPercent: 80,
    });
  });

  it('refuses provisioned billing without minimums, fractional or inverted capacities and an out-of-range target', () => {
    const provisioned = { tableBilling: 'provisioned', writeCapacity: '10', readCapacity: '5' };
    expect(() => from({ tableBilling: 'provisioned', readCapacity: '5' })).toThrow(/needs writeCapacity/);
    expect(() => from({ tableBilling: 'provisioned', writeCapacity: '5' })).toThrow(/needs readCapacity/);
    expect(() => from({ ...provisioned, writeCapacity: '2.5' })).toThrow(/writeCapacity must be a whole number/);
    expect(() => from({ ...provisioned, maxWriteCapacity: '5' })).toThrow(/maxWriteCapacity \(5\) must be at least writeCapacity \(10\)/);
    expect(() => from({ ...provisioned, indexReadCapacity: '60' })).toThrow(/indexReadCapacity \(60\) must be at most/);
    expect(() => from({ ...provisioned, targetUtilization: '95' })).toThrow(/targetUtilization/);
  });
});
