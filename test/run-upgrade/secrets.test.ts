import { describe, expect, it } from 'vitest';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { errorAnnotations } from '../support/run-action.js';
import { useSuite, withCase } from './env.js';

const suite = useSuite('ksu-secrets-');

/** Secrets a broken etcd backup might print: a registered key's body, a PEM key, a token, a password. */
const KEY_BODY = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB';
const SSH_KEY = `-----BEGIN OPENSSH PRIVATE KEY-----\n${KEY_BODY}\n-----END OPENSSH PRIVATE KEY-----`;
const LEAKS = [KEY_BODY, 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun', 'ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s', 'hunter2-etcd-password'];

describe('run-upgrade keeps secrets out of the cluster, the summary and the outputs', () => {
  it('a failed etcd backup that prints secrets stores a few redacted lines only', () =>
    withCase(suite(), async (c) => {
      // The etcdctl the backup playbook calls: prints secrets, then fails.
      const etcdctl = path.join(c.dir, 'leaky-etcdctl');
      writeFileSync(
        etcdctl,
        [
          '#!/bin/sh',
          // Healthy for preflight's etcd health read; only the snapshot breaks.
          'case " $* " in *" snapshot "*) ;; *) exec etcdctl "$@" ;; esac',
          ...Array.from({ length: 40 }, (_, i) => `echo "noise line ${i}"`),
          `echo "${KEY_BODY}"`,
          `echo "-----BEGIN RSA PRIVATE KEY-----"`,
          `echo "${LEAKS[1]}"`,
          `echo "token: ${LEAKS[2]}"`,
          `echo "ETCD_PASSWORD=${LEAKS[3]}" >&2`,
          'exit 1',
          '',
        ].join('\n'),
      );
      chmodSync(etcdctl, 0o755);
      // The inventory's etcdctl is replaced by the leaky one (the last assignment wins in INI vars).
      writeFileSync(c.inventory, `${readFileSync(c.inventory, 'utf8')}\n[all:vars]\nkubespray_upgrade_etcdctl=${etcdctl}\n`);

      const r = await c.run({ 'ssh-private-key': SSH_KEY });
      expect(r.exitCode, r.stdout).toBe(1);
      expect(errorAnnotations(r.stdout).join('\n')).toMatch(/the etcd snapshot on cp-1 failed .*the upgrade was not started/);

      const cm = c.fake.store.get('configmaps', 'kube-system', 'kubespray-upgrade-state');
      const stored = JSON.stringify(cm);
      const state = c.state();
      expect(state.phases.find((p: any) => p.name === 'backup').status).toBe('failed');
      for (const [where, text] of Object.entries({ configmap: stored, summary: r.summary, outputs: JSON.stringify(r.outputs) })) {
        for (const leak of LEAKS) expect(text, `${where} holds ${leak}`).not.toContain(leak);
      }
      // The kept output is a few lines, not the playbook's whole tail.
      const message = /Last output \(redacted\):\n([\s\S]*)/.exec(JSON.stringify(state).replace(/\\n/g, '\n'))?.[1] ?? '';
      expect(message.split('\n').filter((l) => l.includes('noise line')).length).toBeLessThanOrEqual(5);
      expect(stored).toContain('***');
    }));
});
