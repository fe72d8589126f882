/**
 * What tells an operator the pipeline is unwell, and one page to look at.
 *
 * Alarms: a message in the dead-letter queue, an ingest backlog older than a
 * retry cycle, any function error or throttle, any API 5xx. They notify an
 * SNS topic that exists only when an e-mail address is configured (alarms
 * with no one to tell still show in the console and on the dashboard).
 *
 * Dashboard: ingest rate by outcome, quotes/events/entities extracted,
 * latency (extraction, the ingest function, the API), queue depth, errors.
 * Ingest figures are the EMF metrics the function emits, by the names in
 * shared/observability/metrics.ts.
 */
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { articlesMetric, INGEST_METRIC, metricsNamespace, SERVICE } from '../../shared/observability/metrics.js';
import type { PipelineFunction } from './function-settings.js';

/** A message older than this has waited through a failed attempt and its 6-minute visibility timeout already. */
export const OLDEST_MESSAGE_AGE_ALARM = Duration.minutes(15);

export interface MonitoringProps {
  readonly stage: string;
  readonly queue: sqs.IQueue;
  readonly deadLetterQueue: sqs.IQueue;
  readonly ingestFunction: PipelineFunction;
  readonly queryFunction: PipelineFunction;
  readonly api: apigw.HttpApi;
  /** Subscribe this address to the alarm topic; no topic without it. */
  readonly alarmEmail?: string;
}

export class Monitoring extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly alarmTopic?: sns.Topic;
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const prefix = Stack.of(this).stackName;
    const fiveMinutes = Duration.minutes(5);

    const alarm = (name: string, metric: cloudwatch.IMetric, threshold: number, description: string) => {
      const created = new cloudwatch.Alarm(this, name, {
        alarmName: `${prefix}-${name}`,
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        // No data means no traffic (queues and functions at rest), not trouble.
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      this.alarms.push(created);
      return created;
    };

    alarm(
      'DeadLetters',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      1,
      'An article failed ingest 5 times and waits in the dead-letter queue: fix the cause, then `npm run redrive`.',
    );
    alarm(
      'IngestBacklogAge',
      props.queue.metricApproximateAgeOfOldestMessage({ period: fiveMinutes, statistic: 'Maximum' }),
      OLDEST_MESSAGE_AGE_ALARM.toSeconds(),
      `The oldest waiting article is over ${OLDEST_MESSAGE_AGE_ALARM.toMinutes()} minutes old: ingest is failing or cannot keep up.`,
    );
    for (const [name, fn] of [['Ingest', props.ingestFunction], ['Query', props.queryFunction]] as const) {
      alarm(`${name}Errors`, fn.fn.metricErrors({ period: fiveMinutes, statistic: 'Sum' }), 1, `The ${name.toLowerCase()} function failed an invocation.`);
      alarm(`${name}Throttles`, fn.fn.metricThrottles({ period: fiveMinutes, statistic: 'Sum' }), 1, `The ${name.toLowerCase()} function was throttled.`);
    }
    alarm(
      'Api5xx',
      props.api.metricServerError({ period: fiveMinutes, statistic: 'Sum' }),
      1,
      'The query API answered with a server error (5xx).',
    );

    if (props.alarmEmail) {
      this.alarmTopic = new sns.Topic(this, 'AlarmTopic', { displayName: `${prefix} alarms`, enforceSSL: true });
      this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));
      const action = new SnsAction(this.alarmTopic);
      for (const created of this.alarms) {
        created.addAlarmAction(action);
        created.addOkAction(action);
      }
      Validations.of(this.alarmTopic).acknowledge({
        id: 'AwsSolutions-SNS2',
        reason:
          "Alarm notifications carry alarm names and thresholds, no article data. CloudWatch cannot publish to a topic under the AWS-managed SNS key, and a customer-managed key would cost more than everything else at rest; TLS is enforced.",
      });
    }

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: prefix,
      defaultInterval: Duration.hours(3),
      widgets: dashboardRows(props, this.alarms),
    });
  }
}

function dashboardRows(props: MonitoringProps, alarms: cloudwatch.Alarm[]): cloudwatch.IWidget[][] {
  // Powertools adds the `service` dimension to every metric it emits.
  const ingest = (name: string, statistic: string, label: string) =>
    new cloudwatch.Metric({
      namespace: metricsNamespace(props.stage),
      metricName: name,
      dimensionsMap: { service: SERVICE.ingest },
      statistic,
      label,
      period: Duration.minutes(1),
    });
  const graph = (title: string, left: cloudwatch.IMetric[], right: cloudwatch.IMetric[] = []) =>
    new cloudwatch.GraphWidget({ title, left, right, width: 8, height: 6 });
  const ingestFn = props.ingestFunction.fn;
  const queryFn = props.queryFunction.fn;

  return [
    [
      graph('Ingest rate (articles per minute)', [
        ingest(articlesMetric('PROCESSED'), 'Sum', 'ingested'),
        ingest(articlesMetric('REJECTED'), 'Sum', 'rejected'),
        ingest(articlesMetric('FAILED'), 'Sum', 'failed'),
        ingest(INGEST_METRIC.duplicateNotifications, 'Sum', 'duplicates skipped'),
      ]),
      graph('Extracted (per minute)', [
        ingest(INGEST_METRIC.quotesExtracted, 'Sum', 'quotes'),
        ingest(INGEST_METRIC.eventsExtracted, 'Sum', 'events'),
        ingest(INGEST_METRIC.entitiesExtracted, 'Sum', 'entities'),
      ]),
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms, width: 8, height: 6 }),
    ],
    [
      graph(
        'Ingest latency (ms)',
        [
          ingest(INGEST_METRIC.extractionTime, 'p50', 'extraction p50'),
          ingest(INGEST_METRIC.extractionTime, 'p99', 'extraction p99'),
        ],
        [
          ingestFn.metricDuration({ statistic: 'p50', label: 'batch p50' }),
          ingestFn.metricDuration({ statistic: 'p99', label: 'batch p99' }),
        ],
      ),
      graph(
        'Queue',
        [
          props.queue.metricApproximateNumberOfMessagesVisible({ label: 'waiting', statistic: 'Maximum' }),
          props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ label: 'dead letters', statistic: 'Maximum' }),
        ],
        [props.queue.metricApproximateAgeOfOldestMessage({ label: 'oldest (s)', statistic: 'Maximum' })],
      ),
      graph(
        'Query API',
        [
          props.api.metricLatency({ statistic: 'p50', label: 'latency p50 (ms)' }),
          props.api.metricLatency({ statistic: 'p99', label: 'latency p99 (ms)' }),
        ],
        [
          props.api.metricCount({ statistic: 'Sum', label: 'requests' }),
          props.api.metricClientError({ statistic: 'Sum', label: '4xx' }),
          props.api.metricServerError({ statistic: 'Sum', label: '5xx' }),
        ],
      ),
    ],
    [
      graph('Function errors and throttles', [
        ingestFn.metricErrors({ label: 'ingest errors', statistic: 'Sum' }),
        ingestFn.metricThrottles({ label: 'ingest throttles', statistic: 'Sum' }),
        queryFn.metricErrors({ label: 'query errors', statistic: 'Sum' }),
        queryFn.metricThrottles({ label: 'query throttles', statistic: 'Sum' }),
      ]),
      graph('Concurrency', [
        ingestFn.metric('ConcurrentExecutions', { statistic: 'Maximum', label: 'ingest' }),
        queryFn.metric('ConcurrentExecutions', { statistic: 'Maximum', label: 'query' }),
      ]),
    ],
  ];
}
