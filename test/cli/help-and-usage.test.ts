import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/paths.js';
import { runCli, suiteLine } from './run-cli.js';

const inputsOf = (action: string) =>
  (parse(readFileSync(path.join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as { inputs: Record<string, { required?: boolean; description: string }> }).inputs;

describe('--help', () => {
  it('lists all six commands', async () => {
    const r = await runCli(['--help']);
    expect(r.exitCode).toBe(0);
    for (const c of ['detect', 'report', 'clusters', 'plan', 'upgrade', 'verify']) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(r.stdout).toContain('kubespray-upgrade plan --target-version VALUE');
    expect(r.stdout).toContain('kubespray-upgrade upgrade --inventory VALUE');
  });

  it('without a command prints the usage and exits 2', async () => {
    const r = await runCli([]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toContain('Usage:');
  });

  it.each([
    ['plan', 'plan-upgrade'],
    ['upgrade', 'run-upgrade'],
    ['verify', 'verify'],
  ])('`%s --help` lists every input of actions/%s/action.yml as a flag', async (command, action) => {
    const r = await runCli([command, '--help']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const inputs = inputsOf(action);
    const listed = [...r.stdout.matchAll(/^  --([\w-]+)/gm)].map((m) => m[1]);
    expect(listed).toEqual([...Object.keys(inputs), 'json', 'help']);
    for (const [name, input] of Object.entries(inputs)) {
      const line = r.stdout.split('\n').find((l) => l.startsWith(`  --${name} `))!;
      expect(line.includes('required'), name).toBe(input.required === true);
      // The first words of the description follow the flag.
      const firstWords = input.description.trim().split(/\s+/).slice(0, 4).join(' ');
      expect(r.stdout.replace(/\s+/g, ' '), name).toContain(firstWords);
    }
  });

  it('--help wins over anything else on the line, even a bad flag', async () => {
    const r = await runCli(['verify', '--no-such-flag', '--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('--expected-kubernetes-version VALUE');
  });

  it.each(['detect', 'report', 'clusters'])('`%s --help` prints its usage', async (command) => {
    const r = await runCli([command, '--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`kubespray-upgrade ${command} [`.replace('report [', 'report --from'));
  });
});

describe('a command line that cannot be understood exits 2 and says what is known', () => {
  it('an unknown flag names the closest one and every known one', async () => {
    const r = await runCli(['plan', '--target-verison', 'v2.25.1']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: unknown option --target-verison \(did you mean --target-version\?\); known options: --path, --submodule-path, /);
    for (const name of Object.keys(inputsOf('plan-upgrade'))) expect(r.stderr).toContain(`--${name}`);
    expect(r.stderr).toContain('--json, --help');
    expect(r.stderr).toContain('See: kubespray-upgrade plan --help');
  });

  it('an unknown flag of verify lists verify\'s flags, not plan\'s', async () => {
    const r = await runCli(['verify', '--target-version', 'v2.25.1']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('unknown option --target-version');
    expect(r.stderr).toContain('--expected-kubernetes-version');
    expect(r.stderr).not.toContain('--base-branch');
  });

  it('the older commands name their known flags too', async () => {
    const r = await runCli(['detect', '--submodule-pth', 'x']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('unknown option --submodule-pth (did you mean --submodule-path?); known options: --repo, --submodule-path, --kubespray-repository, --allow-prerelease, --follow-fork-tags, --json');
  });

  it.each([
    [['upgrade'], /^error: --inventory is required\n/],
    [['plan', '--dry-run'], /^error: --target-version is required\n/],
    [['plan', '--target-version'], /--target-version needs a value/],
    [['plan', '--target-version', '--dry-run'], /--target-version needs a value \(write --target-version=VALUE/],
    [['plan', '--target-version', 'v1', '--target-version', 'v2'], /--target-version is given twice/],
    [['verify', 'nodes'], /unexpected argument "nodes": every input is a flag/],
    [['verify', '--json=yes'], /--json takes no value/],
  ])('%j', async (args, message) => {
    const r = await runCli(args);
    expect(r.exitCode, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('an unknown command', async () => {
    const r = await runCli(['plans']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^unknown command "plans"/);
  });
});

describe('what a runner provides and a terminal must say', () => {
  it('plan without --dry-run needs GITHUB_REPOSITORY, before any work', async () => {
    const r = await runCli(['plan', '--target-version', 'v2.25.1', '--path', '/nonexistent']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      'error: plan pushes a branch and opens a pull request on GitHub (or use --dry-run): set GITHUB_REPOSITORY=owner/name (and GITHUB_API_URL, GITHUB_SERVER_URL for GitHub Enterprise Server)\n',
    );
  });

  it('a boolean flag takes true/false as its value, or stands alone for true', async () => {
    const explicitFalse = await runCli(['plan', '--dry-run', 'false', '--target-version', 'v2.25.1', '--path', '/nonexistent']);
    expect(explicitFalse.exitCode).toBe(1);
    expect(explicitFalse.stderr).toContain('error: plan pushes a branch and opens a pull request on GitHub');
    // A dry run needs no repository: the action itself runs and reports the bad path.
    for (const dry of [['--dry-run'], ['--dry-run=yes'], ['--dry-run', 'on']]) {
      const r = await runCli(['plan', ...dry, '--target-version', 'v2.25.1', '--path', '/nonexistent']);
      expect(r.exitCode, dry.join(' ')).toBe(1);
      // The status output is set on every exit path, so a failed run prints it too.
      expect(r.stdout).toBe(`${suiteLine('plan-upgrade')}\n== Validate the target\n== Outputs\nstatus = configuration-error\npull-request-operation = none\n`);
      expect(r.stderr).toBe('error: path "/nonexistent" does not exist or is not a directory\n');
    }
  });

  it('verify --inform-pull-request needs GITHUB_REPOSITORY', async () => {
    const r = await runCli(['verify', '--inform-pull-request', '12']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^error: --inform-pull-request comments on a pull request on GitHub: set GITHUB_REPOSITORY=owner\/name/);
  });
});
