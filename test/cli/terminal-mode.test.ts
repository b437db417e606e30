import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { TerminalHost } from '../../src/adapters/runner/terminal.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function drive(debug: boolean) {
  const log = new Capture();
  const diagnostics = new Capture();
  const host = new TerminalHost({ log, diagnostics, debug });
  await host.group('Phase one', async () => host.info('inside'));
  host.warning('pinned', { file: 'inventory/a.yml', startLine: 12, title: 'kube-version-pinned' });
  host.notice('no file');
  host.error(new Error('boom'));
  host.setSecret('s3cret');
  host.debug('details');
  host.setOutput('status', 'succeeded');
  await host.appendSummary('## Summary');
  host.setFailed('failed: reason');
  return { host, log: log.text, diagnostics: diagnostics.text };
}

describe('the CLI terminal host', () => {
  it('prints headers and plain messages, no workflow commands, no mask, no debug', async () => {
    const r = await drive(false);
    expect(r.log).toBe('== Phase one\ninside\n');
    expect(r.diagnostics).toBe('warning: inventory/a.yml:12: kube-version-pinned: pinned\n' + 'notice: no file\n' + 'error: Error: boom\n' + 'error: failed: reason\n');
    expect(r.host.failed).toBe(true);
    expect(Object.fromEntries(r.host.outputs)).toEqual({ status: 'succeeded' });
    expect(r.host.summary).toBe('## Summary\n');
  });

  it('shows debug when asked', async () => {
    const r = await drive(true);
    expect(r.diagnostics).toContain('debug: details\n');
  });
});
