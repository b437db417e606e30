#!/usr/bin/env node
// Prints the CHANGELOG.md section of one version: the text under `## [X.Y.Z]` (or `## X.Y.Z`,
// `## vX.Y.Z`, with an optional ` - date`) up to the next `## ` heading, outside code fences.
// Fails when the section is missing or empty, or, with --check, when package.json and
// src/actions/common/suite-version.ts do not carry that same version. The release workflow
// uses it for the GitHub release's notes.
//
//   node scripts/release-notes.mjs <version> [--changelog FILE] [--check]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function releaseSection(changelog, version) {
  const v = version.replace(/^v/, '');
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(v)) throw new Error(`not a semver version: ${JSON.stringify(version)}`);
  const escaped = v.replace(/[.+-]/g, (c) => `\\${c}`);
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(\\s+-\\s+.*)?\\s*$`);
  const lines = changelog.split(/\r?\n/);
  let inFence = false;
  let start = -1;
  let end = lines.length;
  for (const [i, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || !line.startsWith('## ')) continue;
    if (start < 0 && heading.test(line)) start = i + 1;
    else if (start >= 0) {
      end = i;
      break;
    }
  }
  if (start < 0) throw new Error(`CHANGELOG.md has no "## [${v}]" section`);
  const body = lines.slice(start, end).join('\n').trim();
  if (!body) throw new Error(`CHANGELOG.md's section for ${v} is empty`);
  return `${body}\n`;
}

export function versionMismatches(version, rootDir = root) {
  const v = version.replace(/^v/, '');
  const problems = [];
  const pkg = JSON.parse(readFileSync(path.join(rootDir, 'package.json'), 'utf8')).version;
  if (pkg !== v) problems.push(`package.json has version ${pkg}, not ${v}`);
  const src = /SUITE_VERSION = '([^']*)'/.exec(readFileSync(path.join(rootDir, 'src/actions/common/suite-version.ts'), 'utf8'))?.[1];
  if (src !== v) problems.push(`src/actions/common/suite-version.ts has SUITE_VERSION ${src}, not ${v}`);
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--changelog');
  const changelogFile = at >= 0 ? args.splice(at, 2)[1] : path.join(root, 'CHANGELOG.md');
  const check = args.includes('--check');
  const [version] = args.filter((a) => a !== '--check');
  if (!version) {
    console.error('usage: release-notes.mjs <version> [--changelog FILE] [--check]');
    process.exit(2);
  }
  try {
    const problems = check ? versionMismatches(version) : [];
    if (problems.length) throw new Error(problems.join('; '));
    process.stdout.write(releaseSection(readFileSync(changelogFile, 'utf8'), version));
  } catch (e) {
    console.error(`release-notes: ${e.message}`);
    process.exit(1);
  }
}
