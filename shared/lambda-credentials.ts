/**
 * The credential provider Lambda bundles use instead of the SDK's default
 * chain (infra/constructs/function-settings.ts aliases
 * `@aws-sdk/credential-provider-node` to this module). Lambda always hands a
 * function its role's credentials in environment variables, so the chain's
 * SSO, INI-file, process, web-identity and instance-metadata providers — and
 * the STS/SSO clients they bundle — are dead weight at every cold start.
 */
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
