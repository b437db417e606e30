/**
 * The ad-hoc playbook that reads every etcd member's health before the upgrade: on each
 * etcd host, that member's `endpoint health`, `endpoint status` and `alarm list`, and its
 * backend quota from /metrics (etcd_server_quota_backend_bytes; etcdctl does not report it).
 * Read-only. Endpoint, certificates and etcdctl follow the same inventory variables as the
 * snapshot (snapshot-playbook.ts). Each host's raw outputs go to a JSON file on the runner
 * named by its position in the play, never by its (inventory-controlled) name.
 */
export const HEALTH_PLAYBOOK = `# Written by kubespray-upgrade run-upgrade; safe to delete.
- name: Read etcd health before the Kubespray upgrade
  hosts: "{{ ksu_etcd_hosts }}"
  gather_facts: false
  become: "{{ kubespray_upgrade_become | default(true) | bool }}"
  vars:
    ksu_cert_dir: "{{ etcd_cert_dir | default('/etc/ssl/etcd/ssl') }}"
    ksu_endpoint: "{{ kubespray_upgrade_etcd_endpoint | default('https://127.0.0.1:2379') }}"
    ksu_etcdctl: "{{ kubespray_upgrade_etcdctl | default((bin_dir | default('/usr/local/bin')) ~ '/etcdctl') }}"
    ksu_https: "{{ ksu_endpoint is match('https://') }}"
    ksu_tls_env:
      ETCDCTL_CACERT: "{{ kubespray_upgrade_etcd_cacert | default(ksu_cert_dir ~ '/ca.pem') }}"
      ETCDCTL_CERT: "{{ kubespray_upgrade_etcd_cert | default(ksu_cert_dir ~ '/admin-' ~ inventory_hostname ~ '.pem') }}"
      ETCDCTL_KEY: "{{ kubespray_upgrade_etcd_key | default(ksu_cert_dir ~ '/admin-' ~ inventory_hostname ~ '-key.pem') }}"
    ksu_env: "{{ {'ETCDCTL_API': '3', 'ETCDCTL_ENDPOINTS': ksu_endpoint, 'ETCDCTL_COMMAND_TIMEOUT': '10s', 'ETCDCTL_DIAL_TIMEOUT': '5s'} | combine(ksu_tls_env if ksu_https else {}) }}"
  tasks:
    - name: Member health
      ansible.builtin.command:
        argv: ["{{ ksu_etcdctl }}", "endpoint", "health", "--write-out", "json"]
      environment: "{{ ksu_env }}"
      changed_when: false
      failed_when: false
      register: ksu_health

    - name: Member status (database size)
      ansible.builtin.command:
        argv: ["{{ ksu_etcdctl }}", "endpoint", "status", "--write-out", "json"]
      environment: "{{ ksu_env }}"
      changed_when: false
      failed_when: false
      register: ksu_status

    - name: Alarms
      ansible.builtin.command:
        argv: ["{{ ksu_etcdctl }}", "alarm", "list", "--write-out", "json"]
      environment: "{{ ksu_env }}"
      changed_when: false
      failed_when: false
      register: ksu_alarms

    - name: Backend quota from the member's metrics
      ansible.builtin.uri:
        url: "{{ ksu_endpoint | regex_replace('/+$', '') }}/metrics"
        return_content: true
        timeout: 10
        ca_path: "{{ ksu_tls_env.ETCDCTL_CACERT if ksu_https else omit }}"
        client_cert: "{{ ksu_tls_env.ETCDCTL_CERT if ksu_https else omit }}"
        client_key: "{{ ksu_tls_env.ETCDCTL_KEY if ksu_https else omit }}"
      failed_when: false
      register: ksu_metrics

    - name: Report to run-upgrade
      become: false
      delegate_to: localhost
      ansible.builtin.copy:
        dest: "{{ ksu_result_dir }}/member-{{ ansible_play_hosts_all.index(inventory_hostname) }}.json"
        mode: "0600"
        content: "{{ {'host': inventory_hostname, 'endpoint': ksu_endpoint,
          'health': {'rc': ksu_health.rc | default(-1), 'stdout': ksu_health.stdout | default(''), 'stderr': ksu_health.stderr | default(ksu_health.msg | default(''))},
          'status': {'rc': ksu_status.rc | default(-1), 'stdout': ksu_status.stdout | default(''), 'stderr': ksu_status.stderr | default(ksu_status.msg | default(''))},
          'alarms': {'rc': ksu_alarms.rc | default(-1), 'stdout': ksu_alarms.stdout | default(''), 'stderr': ksu_alarms.stderr | default(ksu_alarms.msg | default(''))},
          'quota': (ksu_metrics.content | default('') | regex_search('etcd_server_quota_backend_bytes [0-9.eE+]+') or ''),
          'metricsError': ksu_metrics.msg | default('') if (ksu_metrics.status | default(0)) != 200 else ''} | to_json }}"
`;
