import { describe, expect, it } from 'vitest';
import { parseOpsArgs } from '../../shared/ops/commands.js';

describe('operations command line', () => {
  it('targets the local stack unless a stack is named', () => {
    expect(parseOpsArgs(['redrive'])).toEqual({ command: 'redrive' });
    expect(parseOpsArgs(['redrive', '--stack', 'NewsPipeline-prod', '--region', 'eu-west-1'])).toEqual({
      command: 'redrive',
      stack: 'NewsPipeline-prod',
      region: 'eu-west-1',
    });
  });

  it('reads --since as a date or an ISO time', () => {
    expect(parseOpsArgs(['reprocess', '--since', '2025-11-29'])).toEqual({ command: 'reprocess', since: new Date('2025-11-29T00:00:00Z') });
    expect(parseOpsArgs(['reprocess', '--since', '2025-11-29T12:30:00Z']).command).toBe('reprocess');
  });

  it('refuses a --since that is not a date, --since for redrive, unknown commands and options', () => {
    expect(() => parseOpsArgs(['reprocess', '--since', 'yesterday'])).toThrow(/--since must be a date/);
    expect(() => parseOpsArgs(['redrive', '--since', '2025-11-29'])).toThrow(/option of reprocess/);
    expect(() => parseOpsArgs(['rebuild'])).toThrow(/unknown command: rebuild/);
    expect(() => parseOpsArgs(['redrive', '--force'])).toThrow(/--force/);
  });
});
