/**
 * The operations commands (package.json scripts):
 *
 *   npm run redrive   -- [--stack NAME] [--region REGION]
 *   npm run reprocess -- [--since DATE] [--stack NAME] [--region REGION]
 *
 * Without --stack they act on the local stack of a running `npm start`
 * (its SQS_PORT and S3_PORT); with it, on that deployed CloudFormation stack,
 * using the usual AWS credentials and region (AWS_PROFILE, AWS_REGION…).
 * Exit code 0 when done, 1 when it failed, 2 for a wrong command line.
 */
import { parseOpsArgs, runOps, USAGE, type OpsCommand } from './commands.js';
import { createDeployedClients, deployedTarget, localTarget } from './target.js';

async function main(): Promise<number> {
  let command: OpsCommand;
  try {
    command = parseOpsArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const target = command.stack ? await deployedTarget(command.stack, createDeployedClients(command.region)) : await localTarget();
  try {
    for (const line of await runOps(command, target)) console.log(line);
    return 0;
  } finally {
    target.s3.destroy();
    target.sqs.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message ?? String(error));
    process.exit(1);
  },
);
