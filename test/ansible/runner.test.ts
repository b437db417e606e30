import { describe, expect, it } from 'vitest';
import { commandLine, mountRoots } from '../../src/adapters/ansible/runner.js';

const inv = {
  program: 'ansible-playbook',
  args: ['-i', '/work/repo/inventory/prod', '--private-key', '/runner/tmp/ksu-1/ssh-private-key', '--limit', 'node1,node2', 'upgrade-cluster.yml'],
  cwd: '/work/repo/kubespray',
  paths: ['/work/repo/inventory/prod', '/work/repo/inventory', '/runner/tmp/ksu-1', '/runner/tmp/ksu-1/ssh-private-key', '/backups'],
  env: { PYTHONUNBUFFERED: '1', ANSIBLE_NOCOLOR: '1' },
  name: 'kubespray-upgrade-1',
};

describe('the Ansible command line', () => {
  it('runs ansible-playbook straight from PATH with the local runner', () => {
    const c = commandLine({ kind: 'local' }, inv);
    expect(c.command).toBe('ansible-playbook');
    expect(c.args).toEqual(inv.args);
    expect(c.cwd).toBe('/work/repo/kubespray');
    expect(c.env.PYTHONUNBUFFERED).toBe('1');
    expect(c.stop).toBeUndefined();
  });

  it('runs the same argv inside the Kubespray image with every path mounted in place', () => {
    const c = commandLine({ kind: 'container', engine: 'podman', image: 'registry.example.com/platform/kubespray:v2.25.1-1' }, inv);
    expect(c.command).toBe('podman');
    expect(c.args).toEqual([
      'run', '--rm', '--init', '--network', 'host', '--workdir', '/work/repo/kubespray',
      '--name', 'kubespray-upgrade-1',
      '--volume', '/backups:/backups',
      '--volume', '/runner/tmp/ksu-1:/runner/tmp/ksu-1',
      '--volume', '/work/repo/inventory:/work/repo/inventory',
      '--volume', '/work/repo/kubespray:/work/repo/kubespray',
      // Values are taken from the client's environment by name: nothing secret in argv.
      '--env', 'ANSIBLE_NOCOLOR', '--env', 'PYTHONUNBUFFERED',
      '--entrypoint', 'ansible-playbook', 'registry.example.com/platform/kubespray:v2.25.1-1',
      ...inv.args,
    ]);
    expect(c.env.ANSIBLE_NOCOLOR).toBe('1');
    // Killing the client does not stop a container: the runner also kills it by name.
    expect(c.stop).toEqual({ command: 'podman', args: ['kill', 'kubespray-upgrade-1'] });
  });

  it('defaults to docker and keeps untrusted-looking values as single argv words', () => {
    const c = commandLine({ kind: 'container', image: 'img:1' }, { ...inv, args: ['-e', 'x=$(id); rm -rf /'], name: undefined });
    expect(c.command).toBe('docker');
    expect(c.args.slice(-3)).toEqual(['img:1', '-e', 'x=$(id); rm -rf /']);
    expect(c.args).not.toContain('--name');
    expect(c.stop).toBeUndefined();
  });

  it('mounts each directory once, the outermost one', () => {
    expect(mountRoots(['/a/b/c', '/a/b', '/a/bc', '/x/', '/x/y'])).toEqual(['/a/b', '/a/bc', '/x']);
  });
});

describe('the container runner for an image-only repo', () => {
  it("runs in the image's own Kubespray directory and does not mount the host copy", () => {
    const c = commandLine({ kind: 'container', image: 'quay.io/kubespray/kubespray:v2.25.1', workdir: '/kubespray' }, { ...inv, cwd: '/runner/tmp/ksu-1/kubespray-image-tree' });
    expect(c.args.slice(0, 7)).toEqual(['run', '--rm', '--init', '--network', 'host', '--workdir', '/kubespray']);
    expect(c.args.filter((_, i) => c.args[i - 1] === '--volume')).toEqual(['/backups:/backups', '/runner/tmp/ksu-1:/runner/tmp/ksu-1', '/work/repo/inventory:/work/repo/inventory']);
    // The client itself runs from the host copy, which exists.
    expect(c.cwd).toBe('/runner/tmp/ksu-1/kubespray-image-tree');
  });
});
