import { detectRelease } from '../../core/releases/detect/detect-release.js';
import { parseArgs, stringFlag } from '../args.js';
import { describeFork } from '../../core/releases/detect/fork-hazard.js';
import { describeRepository } from '../../core/cluster-repo/repository-url.js';
import { kubesprayCacheDir } from '../../adapters/runner/cache-dir.js';
import { openGit } from '../../adapters/git/git-command-manager.js';

/** `detect`: the pinned release, the next safe hop and the path, without the Kubernetes insight of the action. */
export async function detectCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, ['repo', 'submodule-path', 'kubespray-repository'], ['allow-prerelease', 'follow-fork-tags', 'json']);
  const r = await detectRelease({
    repoPath: stringFlag(args, 'repo') ?? '.',
    submodulePath: stringFlag(args, 'submodule-path'),
    kubesprayRepository: stringFlag(args, 'kubespray-repository'),
    allowPrerelease: args.flags.has('allow-prerelease'),
    followForkTags: args.flags.has('follow-fork-tags'),
    kubesprayCache: kubesprayCacheDir(process.env),
  }, openGit);
  const out = {
    currentVersion: r.current.tag,
    currentCommit: r.currentCommit,
    source: r.source.kind === 'submodule' ? { kind: 'submodule', path: r.source.submodule.path } : { kind: 'image', pins: r.source.pins },
    latestVersion: r.latest.tag,
    nextVersion: r.next?.tag ?? '',
    upgradeAvailable: Boolean(r.next),
    upgradePath: r.path.map((h) => h.tag),
    hopsBehind: r.path.length,
    fork: r.fork
      ? { repository: describeRepository(r.fork.repository), pinTag: r.fork.pinTag ?? '', baseVersion: r.fork.base.tag, ownCommits: r.fork.ownCommits, followTags: r.fork.followTags, droppedByNextHop: r.dropped ?? { count: 0, subjects: [] } }
      : null,
  };
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    process.stdout.write(
      `current  ${out.currentVersion} (${out.currentCommit.slice(0, 12)})\n` +
        `source   ${r.source.kind === 'submodule' ? `submodule ${r.source.submodule.path}` : `image, pinned at ${r.source.pins.map((p) => `${p.file}:${p.line}`).join(', ')}`}\n` +
        `next     ${out.nextVersion || 'up to date'}\n` +
        `latest   ${out.latestVersion}\n` +
        `path     ${[out.currentVersion, ...out.upgradePath].join(' -> ')}\n` +
        (r.fork ? `fork     ${describeFork(r.fork)}; the next hop drops ${r.dropped?.count ?? 0} of its commit(s)\n` : ''),
    );
  }
  return 0;
}
