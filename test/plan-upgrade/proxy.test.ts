import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { makeTempDir } from '../support/tmp.js';
import { startTestProxy, type TestProxy } from '../support/http-proxy.js';
import { planFixture, releaseSeeds, type PlanFixture } from './fixture.js';

// The API lives at a made-up host name that only the proxy resolves, so the client's own
// loopback exemption cannot apply: the notes arrive only if the calls really went through it.
const API_HOST = 'api.ghe-behind-proxy.test';
const tmp = makeTempDir('ksu-plan-proxy-');
let upstream: KubesprayUpstream;
let f: PlanFixture;
let proxy: TestProxy;
let apiUrl: string;

beforeAll(async () => {
  upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'));
  f = await planFixture(path.join(tmp.dir, 'f'), upstream, { tag: 'v2.24.1', target: 'v2.25.1', releases: releaseSeeds((t) => `Notes of ${t} through the proxy\n`) });
  const fake = new URL(f.fake.url);
  proxy = await startTestProxy({ [API_HOST]: { host: fake.hostname, port: Number(fake.port) } });
  apiUrl = `http://${API_HOST}:${fake.port}${fake.pathname.replace(/\/$/, '')}`;
});
afterAll(async () => {
  await proxy?.close();
  await f?.close();
  tmp.cleanup();
});

describe('plan-upgrade behind an HTTP proxy', () => {
  it('sends its API calls through HTTPS_PROXY / HTTP_PROXY', async () => {
    const r = await f.run({ 'dry-run': 'true' }, { GITHUB_API_URL: apiUrl, HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Notes of v2.25.1 through the proxy');
    expect(proxy.seen.length).toBeGreaterThan(0);
    expect(proxy.seen.every((h) => h.startsWith(`${API_HOST}:`))).toBe(true);
  });

  it('goes direct for a host in NO_PROXY (which then cannot resolve it, and says so)', async () => {
    const before = proxy.seen.length;
    const r = await f.run({ 'dry-run': 'true' }, { GITHUB_API_URL: apiUrl, HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: `localhost,${API_HOST}` });
    expect(proxy.seen.length).toBe(before);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain('through the proxy');
    expect(r.stdout).toMatch(new RegExp(`::warning::release notes of kubernetes-sigs/kubespray are unavailable.*GitHub API at http://${API_HOST.replace(/\./g, '\\.')}:\\d+: the host name ${API_HOST.replace(/\./g, '\\.')} does not resolve \\(DNS \\w+\\)`));
  });
});
