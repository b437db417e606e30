/**
 * Where a cluster repo names the Kubespray image's release (a "manager": text in, findings
 * out; it knows nothing about git). Forms seen in public cluster repos:
 * - a direct reference `quay.io/kubespray/kubespray:v2.26.0` (Dockerfile/Containerfile
 *   FROM, compose `image:`, Makefile, shell scripts, CI files);
 * - a reference through a variable, `kubespray:${KUBESPRAY_VERSION}` / `:$(TAG)` /
 *   `:$TAG`, whose value is assigned in a file of the repo (`ARG`/`ENV` defaults, `.env`,
 *   `VAR := v2.26.0` in a Makefile, `export VAR="v2.26.0"` in a script, `VAR: v2.26.0` in YAML);
 * - Helm or Kustomize values: a `repository:`/`name:`/`image:` key naming the kubespray
 *   image with a sibling `tag:`/`newTag:` key.
 */
export interface ImagePin {
  file: string;
  /** 1-based. */
  line: number;
  /** The release as written, e.g. `v2.26.0` or `2.26.0`. */
  version: string;
  /** How the version is tied to the image. */
  form: 'reference' | 'variable' | 'values';
  /** For `variable`: the variable's name. */
  variable?: string;
  /** The image the release is tied to (`quay.io/kubespray/kubespray`), where the pin's own text names it. */
  image?: string;
}

const VERSION = String.raw`v?\d+\.\d+\.\d+`;
const IMAGE = String.raw`(?<![\w.-])(?:[\w.-]+(?::\d+)?/)*kubespray`;
const NAMED_IMAGE = String.raw`(?<image>${IMAGE})`;
const DIRECT = new RegExp(String.raw`${NAMED_IMAGE}:(?<version>${VERSION})(?![\w.])`, 'g');
const VIA_VARIABLE = new RegExp(String.raw`${IMAGE}:(?:\$\{(?<a>\w+)(?:[:-][^}]*)?\}|\$\((?<b>\w+)\)|\$(?<c>\w+))`, 'g');
const REPO_KEY = new RegExp(String.raw`^(?<indent>\s*(?:-\s+)?)(?:repository|name|image)\s*:\s*["']?${NAMED_IMAGE}["']?\s*(?:#.*)?$`);
const TAG_KEY = new RegExp(String.raw`^(?<indent>\s*(?:-\s+)?)(?:tag|newTag)\s*:\s*["']?(?<version>${VERSION})["']?\s*(?:#.*)?$`);

/** Direct and Helm/Kustomize pins of one file, and the variables it names the image through. */
export function scanImageText(text: string, file: string): { pins: ImagePin[]; variables: Set<string> } {
  const lines = text.split('\n');
  const pins: ImagePin[] = [];
  const variables = new Set<string>();
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    for (const m of line.matchAll(DIRECT)) pins.push({ file, line: i + 1, version: m.groups!.version!, form: 'reference', image: m.groups!.image! });
    for (const m of line.matchAll(VIA_VARIABLE)) variables.add((m.groups!.a ?? m.groups!.b ?? m.groups!.c)!);
    const repo = REPO_KEY.exec(line);
    if (repo) {
      const tag = siblingTag(lines, i, repo.groups!.indent!.length);
      if (tag) pins.push({ file, line: tag.line, version: tag.version, form: 'values', image: repo.groups!.image! });
    }
  });
  return { pins, variables };
}

/** A `tag:` key of the same mapping, within a few lines of the repository key. */
function siblingTag(lines: readonly string[], at: number, indent: number): { line: number; version: string } | undefined {
  for (let j = Math.max(0, at - 4); j <= Math.min(lines.length - 1, at + 4); j++) {
    const m = TAG_KEY.exec(lines[j]!.replace(/\r$/, ''));
    // `- name: x` starts an item whose other keys sit where the dash's content starts.
    if (m && m.groups!.indent!.length === indent) return { line: j + 1, version: m.groups!.version! };
  }
  return undefined;
}

/** Assignments of `variable` to a release version in one file, in any of the forms above. */
export function findVariableAssignments(text: string, file: string, variable: string): ImagePin[] {
  const name = variable.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const assignment = new RegExp(
    String.raw`^\s*(?:export\s+|ARG\s+|ENV\s+|readonly\s+|declare\s+(?:-\w+\s+)?)?["']?${name}["']?\s*(?:\?=|:=|::=|\+=|=|:|\s)\s*["']?(?<version>${VERSION})["']?\s*(?:[#;].*)?$`,
  );
  const out: ImagePin[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = assignment.exec(raw.replace(/\r$/, ''));
    if (m) out.push({ file, line: i + 1, version: m.groups!.version!, form: 'variable', variable });
  });
  return out;
}
