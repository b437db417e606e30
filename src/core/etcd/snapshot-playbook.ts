/**
 * The ad-hoc playbook that takes the etcd snapshot. Values arrive as extra vars from a
 * JSON file (ksu_*), never spliced into this text. Everything that differs between
 * clusters is an inventory variable with Kubespray's layout as the default:
 *
 *   kubespray_upgrade_etcd_endpoint   https://127.0.0.1:2379
 *   kubespray_upgrade_etcd_cacert     {{ etcd_cert_dir }}/ca.pem
 *   kubespray_upgrade_etcd_cert       {{ etcd_cert_dir }}/admin-<inventory_hostname>.pem
 *   kubespray_upgrade_etcd_key        {{ etcd_cert_dir }}/admin-<inventory_hostname>-key.pem
 *   kubespray_upgrade_etcdctl         {{ bin_dir }}/etcdctl
 *   kubespray_upgrade_etcdutl         {{ bin_dir }}/etcdutl (used for the offline status check when
 *                                     present: etcd 3.6 removed `etcdctl snapshot status`)
 *   kubespray_upgrade_backup_remote_dir  /var/backups/kubespray-upgrade
 *   kubespray_upgrade_become          true
 *   kubespray_upgrade_snapshot_timeout_seconds  900
 *
 * TLS variables are only passed to etcdctl for an https endpoint.
 */
export const SNAPSHOT_PLAYBOOK = `# Written by kubespray-upgrade run-upgrade; safe to delete.
- name: Take a verified etcd snapshot before the Kubespray upgrade
  hosts: "{{ ksu_etcd_host }}"
  gather_facts: false
  any_errors_fatal: true
  become: "{{ kubespray_upgrade_become | default(true) | bool }}"
  vars:
    ksu_cert_dir: "{{ etcd_cert_dir | default('/etc/ssl/etcd/ssl') }}"
    ksu_endpoint: "{{ kubespray_upgrade_etcd_endpoint | default('https://127.0.0.1:2379') }}"
    ksu_etcdctl: "{{ kubespray_upgrade_etcdctl | default((bin_dir | default('/usr/local/bin')) ~ '/etcdctl') }}"
    ksu_etcdutl: "{{ kubespray_upgrade_etcdutl | default((bin_dir | default('/usr/local/bin')) ~ '/etcdutl') }}"
    ksu_remote_dir: "{{ kubespray_upgrade_backup_remote_dir | default('/var/backups/kubespray-upgrade') }}"
    ksu_remote_file: "{{ ksu_remote_dir }}/{{ ksu_file_name }}"
    ksu_tls_env:
      ETCDCTL_CACERT: "{{ kubespray_upgrade_etcd_cacert | default(ksu_cert_dir ~ '/ca.pem') }}"
      ETCDCTL_CERT: "{{ kubespray_upgrade_etcd_cert | default(ksu_cert_dir ~ '/admin-' ~ inventory_hostname ~ '.pem') }}"
      ETCDCTL_KEY: "{{ kubespray_upgrade_etcd_key | default(ksu_cert_dir ~ '/admin-' ~ inventory_hostname ~ '-key.pem') }}"
    ksu_env: "{{ {'ETCDCTL_API': '3', 'ETCDCTL_ENDPOINTS': ksu_endpoint} | combine(ksu_tls_env if ksu_endpoint is match('https://') else {}) }}"
  tasks:
    - name: Create the snapshot directory on the etcd host
      ansible.builtin.file:
        path: "{{ ksu_remote_dir }}"
        state: directory
        mode: "0700"

    # etcdctl 3.4 waits forever for an unreachable endpoint when saving; health fails fast.
    - name: Check that etcd answers
      ansible.builtin.command:
        argv: ["{{ ksu_etcdctl }}", "endpoint", "health"]
      environment: "{{ ksu_env }}"
      changed_when: false

    - name: Save the snapshot
      timeout: "{{ kubespray_upgrade_snapshot_timeout_seconds | default(900) | int }}"
      ansible.builtin.command:
        argv: ["{{ ksu_etcdctl }}", "snapshot", "save", "{{ ksu_remote_file }}"]
      environment: "{{ ksu_env }}"
      changed_when: true

    - name: Look for etcdutl
      ansible.builtin.stat:
        path: "{{ ksu_etcdutl }}"
      register: ksu_etcdutl_stat

    - name: Verify the snapshot
      ansible.builtin.command:
        argv: "{{ [ksu_etcdutl if ksu_etcdutl_stat.stat.exists else ksu_etcdctl, 'snapshot', 'status', ksu_remote_file, '--write-out', 'json'] }}"
      environment: "{{ ksu_env }}"
      changed_when: false
      register: ksu_status

    - name: Checksum the snapshot on the etcd host
      ansible.builtin.stat:
        path: "{{ ksu_remote_file }}"
        checksum_algorithm: sha256
      register: ksu_stat

    - name: Fetch the snapshot to the runner
      ansible.builtin.fetch:
        src: "{{ ksu_remote_file }}"
        dest: "{{ ksu_local_file }}"
        flat: true
        validate_checksum: true

    - name: Report to run-upgrade
      become: false
      delegate_to: localhost
      ansible.builtin.copy:
        dest: "{{ ksu_result_file }}"
        mode: "0600"
        content: "{{ {'host': inventory_hostname, 'remoteFile': ksu_remote_file, 'endpoint': ksu_endpoint, 'status': ksu_status.stdout | from_json, 'remoteSha256': ksu_stat.stat.checksum, 'remoteSize': ksu_stat.stat.size} | to_json }}"
`;
