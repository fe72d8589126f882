/**
 * Published on-demand prices, us-east-1, as used by every $ figure of the
 * benchmarks (and printed with them). Change them here, in one place.
 */
export const PRICES = {
  region: 'us-east-1',
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  dynamoPerMillionWriteUnits: 0.625,
  dynamoPerMillionReadUnits: 0.125,
  s3PerThousandPuts: 0.005,
  s3PerThousandGets: 0.0004,
  /** Standard queue; each 64 KB chunk of a request is billed as one request. */
  sqsPerMillionRequests: 0.4,
  httpApiPerMillionRequests: 1.0,
  cloudWatchLogsPerGbIngested: 0.5,
  sources: [
    'https://aws.amazon.com/lambda/pricing/',
    'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    'https://aws.amazon.com/s3/pricing/',
    'https://aws.amazon.com/sqs/pricing/',
    'https://aws.amazon.com/api-gateway/pricing/',
    'https://aws.amazon.com/cloudwatch/pricing/',
  ],
} as const;

/** $ for a million of something that costs `perUnit` each, to the cent's hundredth. */
export const perMillion = (perUnit: number): number => Math.round(perUnit * 1e6 * 10_000) / 10_000;
