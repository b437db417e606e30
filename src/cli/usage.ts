/**
 * The usage lines of the commands that are not actions. They live apart from the commands so
 * `kubespray-upgrade --help` loads none of the commands' code.
 */
export const DETECT_USAGE = `  kubespray-upgrade detect [--repo DIR] [--submodule-path PATH] [--kubespray-repository URL]
                           [--allow-prerelease] [--follow-fork-tags] [--json]`;

export const REPORT_USAGE = `  kubespray-upgrade report --from TAG --to TAG [--repo DIR] [--inventory PATH[,PATH...]] [--config FILE]
                           [--submodule-path PATH] [--kubespray-repository URL] [--running-kube-version VERSION]
                           [--follow-fork-tags] [--json]`;

export const CLUSTERS_USAGE = `  kubespray-upgrade clusters [--repo DIR] [--config FILE] [--wave N] [--max-wave N] [--json]`;
