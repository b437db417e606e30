import { describe, expect, it } from 'vitest';
import { splitShellWords } from '../../src/core/ansible/shell-words.js';
import { parseExtraArgs } from '../../src/core/ansible/extra-args.js';
import { ConfigurationError } from '../../src/core/errors.js';

describe('splitShellWords', () => {
  it('splits on any whitespace, lines included', () => {
    expect(splitShellWords('--become\n  -e  foo=1\t--forks 20\n')).toEqual(['--become', '-e', 'foo=1', '--forks', '20']);
  });

  it('keeps quoted text together and literal', () => {
    expect(splitShellWords(`-e 'a=1 b=2' -e "msg=it's here"`)).toEqual(['-e', 'a=1 b=2', '-e', "msg=it's here"]);
    expect(splitShellWords(`-e '{"x": [1, 2]}'`)).toEqual(['-e', '{"x": [1, 2]}']);
  });

  it('joins adjacent quoted and unquoted parts into one word', () => {
    expect(splitShellWords(`--extra-vars=foo='bar baz'qux`)).toEqual(['--extra-vars=foo=bar bazqux']);
  });

  it('honours backslash escapes outside and inside double quotes, not inside single quotes', () => {
    expect(splitShellWords(String.raw`a\ b "c\"d\\e\n" 'f\g'`)).toEqual(['a b', 'c"d\\e\\n', 'f\\g']);
  });

  it('expands nothing: $VAR, globs, ~ and command substitution stay literal', () => {
    expect(splitShellWords('-e x=$HOME *.yml ~/k "$(rm -rf /)" `id`')).toEqual(['-e', 'x=$HOME', '*.yml', '~/k', '$(rm -rf /)', '`id`']);
  });

  it('keeps empty quoted words and drops comments', () => {
    expect(splitShellWords(`-e '' # a comment\n# whole line\n--check`)).toEqual(['-e', '', '--check']);
    expect(splitShellWords('a#b')).toEqual(['a#b']);
  });

  it('joins lines ending in a backslash', () => {
    expect(splitShellWords('--forks \\\n 5')).toEqual(['--forks', '5']);
  });

  it('rejects unterminated quotes with the line number', () => {
    expect(() => splitShellWords(`--become\n-e 'oops`)).toThrow(/unterminated ' quote on line 2/);
    expect(() => splitShellWords(`"never closed`)).toThrow(ConfigurationError);
  });
});

describe('parseExtraArgs', () => {
  it('accepts ordinary options', () => {
    expect(parseExtraArgs('--become --become-user=root\n-e @vars.yml --forks 10 -vv --vault-password-file /run/vault')).toHaveLength(9);
  });

  it.each([
    ['-i other.ini', /-i: the inventory comes from/],
    ['--inventory=x', /--inventory/],
    ['--limit node1', /--limit: run-upgrade chooses the hosts/],
    ['-lnode1', /-l: /],
    ['-K', /-K: a job cannot answer a prompt/],
    ['-bK', /-K/],
    ['--ask-pass', /--ask-pass/],
    ['--ask-vault-password', /--ask-vault-password/],
    ['--step', /--step/],
    ['-e upgrade_node_confirm=true', /upgrade_node_confirm/],
    ['--extra-vars={"upgrade_node_confirm": true}', /upgrade_node_confirm/],
    ['-eupgrade_node_confirm=yes', /upgrade_node_confirm/],
  ])('refuses %s', (text, message) => {
    expect(() => parseExtraArgs(text)).toThrow(message);
  });

  it('does not mistake option values for options', () => {
    expect(parseExtraArgs('-u kuser -e limit_note=ok -t upgrade')).toEqual(['-u', 'kuser', '-e', 'limit_note=ok', '-t', 'upgrade']);
    expect(parseExtraArgs('-uik')).toEqual(['-uik']);
  });
});
