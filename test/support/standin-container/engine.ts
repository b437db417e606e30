import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STANDIN_PATH } from '../standin-kubespray/standin.js';

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bin');

/** PATH with the stand-in docker and podman first, then the stand-in ansible-playbook. */
export const STANDIN_CONTAINER_PATH = `${BIN}:${STANDIN_PATH}`;

export interface StandinImage {
  /** Host directory that plays the image's file system. */
  rootfs: string;
  /** Config.WorkingDir. */
  workdir: string;
  /** Config.Env: all a container's process sees besides the --env names it is given. */
  env: Record<string, string>;
  /** Already on the "runner"; otherwise `pull` (or `create`/`run`) fetches it from the registry. */
  local?: boolean;
  /** `pull` of it never finishes (a registry that does not answer) until the client is killed. */
  pullHangs?: boolean;
}

/** One call of the engine CLI as the code under test made it. */
export interface EngineCall {
  engine: string;
  argv: string[];
}

/** The state of the stand-in engine: its registry (images.json), its calls, what `kill` stopped. */
export class StandinEngine {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  addImage(ref: string, image: StandinImage): void {
    const file = path.join(this.dir, 'images.json');
    const images = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    images[ref] = { rootfs: image.rootfs, local: image.local ?? false, pullHangs: image.pullHangs ?? false, config: { WorkingDir: image.workdir, Env: Object.entries(image.env).map(([k, v]) => `${k}=${v}`) } };
    writeFileSync(file, JSON.stringify(images, null, 2));
  }

  /** Environment for the process that calls the engine. */
  env(): NodeJS.ProcessEnv {
    return { STANDIN_ENGINE_DIR: this.dir, PATH: STANDIN_CONTAINER_PATH };
  }

  calls(): EngineCall[] {
    return this.lines<EngineCall>('argv.jsonl');
  }

  /** The calls of one verb (`run`, `kill`, `pull`, `image`...). */
  callsOf(verb: string): string[][] {
    return this.calls()
      .map((c) => c.argv)
      .filter((a) => a[0] === verb);
  }

  killed(): Array<{ name: string; pid: number }> {
    return this.lines('killed.jsonl');
  }

  private lines<T>(name: string): T[] {
    const file = path.join(this.dir, name);
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as T);
  }
}

/** The parsed options of a `run` call: what the container was given. */
export function runOptions(argv: readonly string[]): { volumes: string[]; env: string[]; workdir?: string; name?: string; entrypoint?: string; image: string; args: string[] } {
  const valued = new Set(['--workdir', '--name', '--volume', '--env', '--network', '--entrypoint']);
  const o = { volumes: [] as string[], env: [] as string[], workdir: undefined as string | undefined, name: undefined as string | undefined, entrypoint: undefined as string | undefined };
  let i = 1;
  for (; i < argv.length && argv[i]!.startsWith('-'); i++) {
    const flag = argv[i]!;
    if (!valued.has(flag)) continue;
    const value = argv[++i]!;
    if (flag === '--volume') o.volumes.push(value);
    else if (flag === '--env') o.env.push(value);
    else if (flag === '--workdir') o.workdir = value;
    else if (flag === '--name') o.name = value;
    else if (flag === '--entrypoint') o.entrypoint = value;
  }
  return { ...o, image: argv[i]!, args: argv.slice(i + 1) as string[] };
}
