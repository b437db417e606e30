import type { KObj } from './store.js';

/** What one container does once it starts. */
export type ContainerOutcome =
  /** A long-running server: stays Running and Ready (unless a fault says otherwise). */
  | { kind: 'serve'; ports: number[]; log?: string; respond?: (path: string, server: KObj) => string }
  /** Runs for durationMs (default Timing.runMs), then exits with exitCode after writing log. */
  | { kind: 'exit'; exitCode: number; log: string; durationMs?: number };

export type HttpResult = { ok: true; body: string; afterMs?: number } | { ok: false; error: string; afterMs: number };
export type ResolveResult = { ok: true; ip: string; fqdn: string } | { ok: false; error: 'nxdomain' | 'timeout' };

/** What a container can observe of the simulated cluster. */
export interface ClusterView {
  clusterDomain: string;
  dnsServiceIp(): string;
  resolve(name: string, fromNamespace: string): ResolveResult;
  httpGet(from: KObj, url: string, timeoutMs: number): HttpResult;
}

export interface BehaviourContext {
  pod: KObj;
  container: { name: string; image?: string; ports?: Array<{ containerPort: number }> };
  cluster: ClusterView;
}

/** Decides a container's outcome from its argv; return undefined to fall through to the default interpreter. */
export type PodBehaviour = (argv: readonly string[], ctx: BehaviourContext) => ContainerOutcome | undefined;

/** The ENTRYPOINT of images whose args-only containers the interpreter understands. */
export function imageEntrypoint(image: string | undefined): string[] {
  const repo = (image ?? '').split('@')[0]!.replace(/:[^:/]+$/, '');
  return repo.endsWith('/agnhost') || repo === 'agnhost' ? ['/agnhost'] : [];
}

const exit = (exitCode: number, log: string, durationMs?: number): ContainerOutcome => ({ kind: 'exit', exitCode, log, ...(durationMs !== undefined ? { durationMs } : {}) });

/**
 * The default interpreter: the commands of the agnhost/busybox images that verify and similar
 * probes use. Anything else exits 127 like a shell with an unknown command, so a probe the fake
 * does not understand fails loudly instead of passing.
 */
export const defaultBehaviour = (argv: readonly string[], ctx: BehaviourContext): ContainerOutcome => {
  const ports = (ctx.container.ports ?? []).map((p) => p.containerPort);
  if (argv.length === 0) return { kind: 'serve', ports, log: '' };
  const [cmd0, ...rest] = argv as [string, ...string[]];
  const cmd = cmd0.replace(/^.*\//, '');
  if ((cmd === 'sh' || cmd === 'bash') && rest[0] === '-c' && rest.length >= 2) {
    const words = rest[1]!.trim().split(/\s+/);
    if (/[;&|<>`$()]/.test(rest[1]!)) return exit(127, `fake-kube: shell script not simulated: ${rest[1]}\n`);
    return defaultBehaviour(words, ctx);
  }
  switch (cmd) {
    case 'agnhost':
      return agnhost(rest, ctx, ports);
    case 'pause':
      return { kind: 'serve', ports: [], log: '' };
    case 'sleep': {
      const s = rest[0] === 'infinity' ? Infinity : Number(rest[0]);
      if (!Number.isFinite(s) || s > 60) return { kind: 'serve', ports: [], log: '' };
      return exit(0, '', s * 1000);
    }
    case 'true':
      return exit(0, '');
    case 'false':
      return exit(1, '');
    case 'echo':
      return exit(0, rest.join(' ') + '\n');
    case 'nslookup':
      return nslookup(rest, ctx);
    case 'wget':
      return wget(rest, ctx);
    case 'curl':
      return curl(rest, ctx);
    default:
      return exit(127, `sh: ${cmd0}: not found\n`);
  }
};

function agnhost(args: string[], ctx: BehaviourContext, declared: number[]): ContainerOutcome {
  const sub = args[0];
  const flag = (name: string) => {
    for (let i = 1; i < args.length; i++) {
      const a = args[i]!;
      if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
      if (a === `--${name}`) return args[i + 1];
    }
    return undefined;
  };
  if (sub === 'netexec') {
    const port = Number(flag('http-port') ?? 8080);
    return {
      kind: 'serve',
      ports: [port],
      log: `Started HTTP server on port ${port}\n`,
      respond: (path, server) => (path === '/hostname' ? (server.spec?.hostname ?? server.metadata.name) : `NOW: ${new Date().toISOString()}`),
    };
  }
  if (sub === 'serve-hostname') {
    const port = Number(flag('port') ?? 9376);
    return { kind: 'serve', ports: [port], log: `Serving on port ${port}.\n`, respond: (_p, server) => server.metadata.name };
  }
  if (sub === 'pause') return { kind: 'serve', ports: [], log: 'Paused\n' };
  if (sub === 'dns-suffix' || sub === 'dns-server-list') return exit(0, `${ctx.cluster.clusterDomain}\n`);
  if (sub === 'nslookup' || sub === 'wget' || sub === 'curl') return defaultBehaviour(args, ctx);
  return { kind: 'serve', ports: declared, log: '' };
}

function nslookup(args: string[], ctx: BehaviourContext): ContainerOutcome {
  const name = args.find((a) => !a.startsWith('-'));
  if (!name) return exit(1, 'Usage: nslookup HOST [DNS_SERVER]\n');
  const server = ctx.cluster.dnsServiceIp();
  const r = ctx.cluster.resolve(name, ctx.pod.metadata.namespace ?? 'default');
  if (!r.ok && r.error === 'timeout') return exit(1, ';; connection timed out; no servers could be reached\n\n', 500);
  if (!r.ok) return exit(1, `Server:\t\t${server}\nAddress:\t${server}:53\n\n** server can't find ${name}: NXDOMAIN\n\n`);
  return exit(0, `Server:\t\t${server}\nAddress:\t${server}:53\n\nName:\t${r.fqdn}\nAddress: ${r.ip}\n\n`);
}

function wget(args: string[], ctx: BehaviourContext): ContainerOutcome {
  let timeoutS = 900;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-T') timeoutS = Number(args[++i]);
    else if (a === '-O') i++;
    else if (!a.startsWith('-')) url = a;
  }
  if (!url) return exit(1, 'BusyBox wget: no URL\n');
  const r = ctx.cluster.httpGet(ctx.pod, url, timeoutS * 1000);
  return r.ok ? exit(0, r.body, r.afterMs) : exit(1, `wget: ${r.error}\n`, r.afterMs);
}

function curl(args: string[], ctx: BehaviourContext): ContainerOutcome {
  let timeoutS = 300;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-m' || a === '--max-time' || a === '--connect-timeout') timeoutS = Number(args[++i]);
    else if (a === '-o' || a === '-w') i++;
    else if (!a.startsWith('-')) url = a;
  }
  if (!url) return exit(2, 'curl: no URL specified!\n');
  const r = ctx.cluster.httpGet(ctx.pod, url, timeoutS * 1000);
  return r.ok ? exit(0, r.body, r.afterMs) : exit(7, `curl: (7) ${r.error}\n`, r.afterMs);
}
