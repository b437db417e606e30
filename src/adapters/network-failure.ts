/**
 * Why a connection to a server failed, from the error codes Node, undici and node-fetch attach
 * (on the error or anywhere down its `cause` chain), in words a user can act on. `client` names
 * where the trust and the address are configured: "the kubeconfig" or "GITHUB_API_URL".
 */
export interface NetworkFailure {
  cause: string;
  fix: string;
}

export function describeNetworkFailure(error: unknown, server: string, client: 'kubeconfig' | 'github'): NetworkFailure | undefined {
  const code = errorCode(error);
  if (!code) return undefined;
  const host = hostOf(server);
  const trust =
    client === 'kubeconfig'
      ? "put the CA that signed the API server's certificate in the kubeconfig's certificate-authority-data (Kubespray writes it to /etc/kubernetes/admin.conf)"
      : 'give the runner the CA that signed the server certificate (NODE_EXTRA_CA_CERTS=/path/to/ca.pem)';
  const address = client === 'kubeconfig' ? "the kubeconfig's server address" : 'GITHUB_API_URL';
  switch (code) {
    case 'ECONNREFUSED':
      return { cause: 'connection refused (nothing listens at that address and port)', fix: `check ${address} and that the server is running` };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return { cause: `the host name ${host} does not resolve (DNS ${code})`, fix: `check the host name in ${address} and the runner's DNS` };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return { cause: `the host is unreachable (${code})`, fix: `check ${address}, the runner's network, firewalls and any HTTPS_PROXY/NO_PROXY settings` };
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return { cause: `the connection was reset (${code})`, fix: 'check that the address is the server itself and not a proxy or load balancer that drops the connection, then re-run' };
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
      return { cause: `its TLS certificate is signed by a certificate authority that is not trusted (${code})`, fix: trust };
    case 'CERT_HAS_EXPIRED':
      return { cause: 'its TLS certificate has expired (CERT_HAS_EXPIRED)', fix: 'renew the server certificate (Kubespray: run with auto_renew_certificates, or kubeadm certs renew all on the control plane)' };
    case 'CERT_NOT_YET_VALID':
      return { cause: 'its TLS certificate is not valid yet (CERT_NOT_YET_VALID)', fix: "check the clocks of the runner and the server" };
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return {
        cause: `its TLS certificate is not valid for the host name ${host} (ERR_TLS_CERT_ALTNAME_INVALID)`,
        fix: `use an address the certificate names, or add ${host} to it (Kubespray: supplementary_addresses_in_ssl_keys)`,
      };
    case 'EPROTO':
    case 'ERR_SSL_WRONG_VERSION_NUMBER':
      return { cause: `the server does not speak TLS at that address (${code})`, fix: `check the scheme and port in ${address}` };
    default:
      return undefined;
  }
}

/**
 * Codes of failures that waiting does not fix: nothing listens, the name does not exist, the
 * certificate does not check out, the server does not speak TLS. Retrying them only delays
 * the message; a reset, a timeout or a temporary DNS failure (EAI_AGAIN) may pass.
 */
const PERMANENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_NONAME',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

/** Whether the connection failed for a cause a retry cannot fix (see PERMANENT_CODES). */
export function isPermanentNetworkFailure(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && PERMANENT_CODES.has(code);
}

/** The first string `code` on the error or its causes (Node, undici and node-fetch put it at different depths). */
export function errorCode(error: unknown): string | undefined {
  let e = error as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    if (typeof e.code === 'string' && e.code) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

function hostOf(server: string): string {
  try {
    return new URL(server).hostname;
  } catch {
    return server;
  }
}
