import { describe, expect, it } from 'vitest';
import { keptOutput, Redactor } from '../../src/core/text/redact.js';

describe('output kept from a failed step, then masked where it leaves the run', () => {
  const secret = `s3cr3t-${'x'.repeat(400)}-end`;

  it('masks a registered secret that keptOutput cut in half', () => {
    const redactor = new Redactor();
    redactor.register(secret);
    const kept = keptOutput([`fatal: bad credential ${secret}`]);
    expect(kept.endsWith('…')).toBe(true);
    const out = redactor.redact(kept);
    expect(out).not.toContain('s3cr3t-xxxxxxxx');
    expect(out).toMatch(/^fatal: bad credential \S*…$/);
  });

  it('leaves a cut line alone when no registered secret starts where it was cut', () => {
    const redactor = new Redactor();
    redactor.register('another-secret-value');
    const kept = keptOutput([`ok: ${'y'.repeat(300)}`]);
    expect(redactor.redact(kept)).toBe(kept);
  });

  it('still masks a whole registered secret anywhere in a line', () => {
    const redactor = new Redactor();
    redactor.register('hunter2hunter2');
    expect(redactor.redact('password hunter2hunter2 used')).not.toContain('hunter2hunter2');
  });
});
