import os from 'node:os';
import path from 'node:path';

/**
 * Where Kubespray objects are kept between runs when there is no checked-out submodule (an
 * image-only repo, or a submodule not initialized): under RUNNER_TEMP on a runner, else the
 * user's cache folder ($XDG_CACHE_HOME, else ~/.cache), so a later CLI run reuses what an
 * earlier one fetched. Decided by the entrypoint, which alone reads the environment.
 */
export function kubesprayCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.RUNNER_TEMP) return path.join(env.RUNNER_TEMP, 'kubespray-upgrade', 'kubespray.git');
  const base = env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : os.tmpdir());
  return path.join(base, 'kubespray-upgrade', 'kubespray.git');
}
