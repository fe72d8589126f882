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
});
