import type { ActionInput } from './action-input.js';
import { DASHBOARD_INPUTS } from './dashboard-inputs.js';

/** The inputs of actions/run-upgrade/action.yml, as flags; test/cli/action-inputs.test.ts keeps the two equal. */
export const RUN_UPGRADE_INPUTS: readonly ActionInput[] = [
  {
    name: 'path',
    default: '.',
    description: "The cluster repo's work tree (the superproject that holds the Kubespray submodule), checked out with submodules.",
  },
  {
    name: 'submodule-path',
    description: 'Path of the Kubespray submodule inside the repo. Default: the one submodule whose URL ends in "kubespray" or "kubespray.git".',
  },
  {
    name: 'inventory',
    required: true,
    description:
      "The team's inventory directory or file, relative to path (e.g. inventory/mycluster or inventory/mycluster/hosts.yaml). A directory is resolved to the one inventory file in it (Ansible skips .ini files inside a directory source). Passed to ansible-playbook and ansible-inventory as -i. Preflight compares it with the cluster: an inventory host with no node refuses the upgrade (it would be a scale-up); a node missing from the inventory is a warning (it is not upgraded and keeps its kubelet, within the skew policy).",
  },
  {
    name: 'target-version',
    description:
      'Kubespray release being applied. Default: the release tag the checked-out submodule is at. When set, it must name that same commit (the playbooks run from the submodule).',
  },
  {
    name: 'kubeconfig',
    description: "Path to a kubeconfig for the cluster's API server. Default $KUBECONFIG, then ~/.kube/config.",
  },
  {
    name: 'runner',
    default: 'local',
    description:
      "\"local\" runs ansible-playbook from PATH on the runner; \"container\" runs it inside the team's Kubespray image (input image) with docker or podman, with every path mounted at the same location and --network host.",
  },
  {
    name: 'image',
    description: "The team's Kubespray image for runner container, e.g. registry.example.com/platform/kubespray:v2.25.1-1.",
  },
  {
    name: 'container-engine',
    default: 'docker',
    description: 'docker or podman, for runner container.',
  },
  {
    name: 'ansible-extra-args',
    kind: 'list',
    description:
      'Extra ansible-playbook arguments, one or more per line, split like a shell would split quoted words but never run through a shell (no variable expansion). For example "--become" or "-e @secrets.yml". Options that would prompt (-k, -K, --ask-vault-pass), --limit, -i and upgrade_node_confirm are refused.',
  },
  {
    name: 'strategy',
    default: 'phased',
    description:
      "\"phased\": facts.yml, then upgrade-cluster.yml --limit kube_control_plane:etcd, then one run per worker batch (--limit host1,host2,...) with a check through the API after each. \"single\": one upgrade-cluster.yml run with Kubespray's own serial (= worker-batch-size).",
  },
  {
    name: 'worker-batch-size',
    default: '20%',
    description:
      "Workers upgraded together, as a count (3) or a percentage of the workers (20%), rounded down but at least one, like Kubespray's serial.",
  },
  {
    name: 'node-timeout-minutes',
    default: '30',
    description:
      "Time limit for one worker batch (and per control plane host for the control plane phase). On expiry the playbook's whole process group is killed and the batch is marked failed. Fractions are allowed.",
  },
  {
    name: 'etcd-backup',
    default: 'true',
    kind: 'boolean',
    description:
      "Take an etcd snapshot on the first etcd host through Ansible, verify it and fetch it to backup-dir before any playbook runs. If it fails, the upgrade does not start. Endpoint and certificate paths follow Kubespray's layout and can be overridden with inventory variables kubespray_upgrade_etcd_endpoint, kubespray_upgrade_etcd_cacert, kubespray_upgrade_etcd_cert, kubespray_upgrade_etcd_key, kubespray_upgrade_etcdctl and kubespray_upgrade_backup_remote_dir.",
  },
  {
    name: 'backup-dir',
    description:
      'Directory on the runner the snapshot is fetched to. Default $RUNNER_TEMP/kubespray-upgrade-backups; upload it as an artifact if the runner is ephemeral.',
  },
  {
    name: 'state-namespace',
    default: 'kube-system',
    description: 'Namespace of the state ConfigMap kubespray-upgrade-state and the lock Lease kubespray-upgrade-lock.',
  },
  {
    name: 'lock-duration-seconds',
    default: '300',
    description:
      'Lifetime of the lock Lease; a running upgrade renews it every third of this. A run whose runner was lost stops renewing, and its lock can be taken over after this long.',
  },
  {
    name: 'dry-run',
    default: 'false',
    kind: 'boolean',
    description: 'Run the preflight checks and print the phase plan only; nothing is changed (the lock is not taken).',
  },
  {
    name: 'ssh-private-key',
    description: 'SSH private key for the nodes (pass a secret). Written with mode 0600 to a temp file that is always removed.',
  },
  {
    name: 'pause-seconds-before-node',
    description: "Kubespray's upgrade_node_pause_seconds (pause before each node is upgraded). upgrade_node_confirm is never used.",
  },
  {
    name: 'pause-seconds-after-node',
    description: "Kubespray's upgrade_node_post_upgrade_pause_seconds (pause after each node is upgraded).",
  },
  {
    name: 'github-token',
    default: '${{ github.token }}',
    description: 'Token for reporting this cluster to GitHub: the deployment (deployments: write) and the fleet dashboard row (issues: write). Empty: nothing is reported.',
  },
  {
    name: 'cluster',
    description: "Name of this cluster in the fleet dashboard (the config's cluster name). Default the inventory directory's name.",
  },
  {
    name: 'environment',
    description: 'GitHub environment the deployment goes to. Default the cluster name.',
  },
  {
    name: 'deployment',
    default: 'true',
    kind: 'boolean',
    description: "Record the upgrade as a GitHub deployment to the cluster's environment, so the repository's Environments page shows which cluster runs what: status in_progress when the upgrade starts, then success or failure, each with the run link. Not in a dry run.",
  },
  ...DASHBOARD_INPUTS,
];
