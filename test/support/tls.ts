/**
 * Certificates for loopback TLS servers, made with the openssl command line: a trusted CA and
 * an untrusted one, and server certificates that are good, from the other CA, expired, or
 * for another host name.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface TestPki {
  trustedCa: string;
  good: KeyPair;
  otherCa: KeyPair;
  expired: KeyPair;
  wrongHost: KeyPair;
}

export interface KeyPair {
  key: string;
  cert: string;
}

const openssl = (cwd: string, args: string[]) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

export function makeTestPki(dir: string): TestPki {
  mkdirSync(dir, { recursive: true });
  const ca = (name: string) => openssl(dir, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '30', '-subj', `/CN=${name}`]);
  ca('trusted-ca');
  ca('other-ca');
  // `openssl ca` is the one 3.0 command that takes explicit validity dates, for the expired certificate.
  writeFileSync(path.join(dir, 'index.txt'), '');
  writeFileSync(path.join(dir, 'serial'), '1000\n');
  writeFileSync(
    path.join(dir, 'ca.cnf'),
    ['[ca]', 'default_ca = d', '[d]', 'database = index.txt', 'new_certs_dir = .', 'serial = serial', 'default_md = sha256', 'policy = p', 'copy_extensions = copy', 'unique_subject = no', '[p]', 'commonName = supplied', ''].join('\n'),
  );
  const server = (name: string, san: string, caName: string, dates?: [string, string]) => {
    writeFileSync(path.join(dir, `${name}.ext`), `subjectAltName=${san}\n`);
    openssl(dir, ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
    const validity = dates ? ['-startdate', dates[0], '-enddate', dates[1]] : ['-days', '30'];
    openssl(dir, ['ca', '-batch', '-config', 'ca.cnf', '-cert', `${caName}.pem`, '-keyfile', `${caName}.key`, '-in', `${name}.csr`, '-out', `${name}.pem`, '-extfile', `${name}.ext`, '-notext', ...validity]);
    return { key: readFileSync(path.join(dir, `${name}.key`), 'utf8'), cert: readFileSync(path.join(dir, `${name}.pem`), 'utf8') };
  };
  const loopback = 'IP:127.0.0.1,DNS:localhost';
  return {
    trustedCa: readFileSync(path.join(dir, 'trusted-ca.pem'), 'utf8'),
    good: server('good', loopback, 'trusted-ca'),
    otherCa: server('other', loopback, 'other-ca'),
    expired: server('expired', loopback, 'trusted-ca', ['20200101000000Z', '20200201000000Z']),
    wrongHost: server('wrong-host', 'DNS:api.elsewhere.example', 'trusted-ca'),
  };
}
