/**
 * Why git could not reach a remote, read from what git (through curl or ssh) prints, in the
 * same cause-and-fix words the Kubernetes and GitHub clients use for their connections.
 * Undefined when the remote answered (a missing ref, a rejected push): that is not a
 * connection failure.
 */
export interface RemoteFailure {
  cause: string;
  fix: string;
}

const FAILURES: ReadonlyArray<{ test: RegExp; failure: (m: RegExpExecArray) => RemoteFailure }> = [
  {
    test: /Could not resolve host(?:name)?:? ?(\S*)/i,
    failure: (m) => {
      const host = m[1]?.replace(/[:'",]+$/, '');
      return { cause: `${host ? `the host name ${host}` : 'the host name'} does not resolve (DNS)`, fix: "check the host in the remote URL and the runner's DNS" };
    },
  },
  {
    test: /Connection refused|Couldn't connect to server|Failed to connect to/i,
    failure: () => ({ cause: 'connection refused (nothing listens at that address and port)', fix: 'check the remote URL and that the server is running' }),
  },
  {
    test: /Connection timed out|Operation timed out|No route to host|Network is unreachable/i,
    failure: () => ({ cause: 'the host is unreachable', fix: "check the remote URL, the runner's network, firewalls and any HTTPS_PROXY/NO_PROXY settings" }),
  },
  {
    test: /certificate has expired|certificate is not yet valid/i,
    failure: () => ({ cause: 'its TLS certificate has expired or is not valid yet', fix: "renew the server certificate, or check the clocks of the runner and the server" }),
  },
  {
    test: /no alternative certificate subject name matches|subject name does not match|certificate subject name .* does not match/i,
    failure: () => ({ cause: 'its TLS certificate is not valid for that host name', fix: 'use a remote URL whose host the certificate names' }),
  },
  {
    test: /SSL certificate problem|server certificate verification failed|unable to get local issuer certificate|self[- ]signed certificate/i,
    failure: () => ({ cause: 'its TLS certificate is signed by a certificate authority that is not trusted', fix: 'give the runner the CA that signed the server certificate (git config http.sslCAInfo, or the system trust store)' }),
  },
  {
    test: /returned error: 403|HTTP 403/,
    failure: () => ({ cause: 'the server refused access (HTTP 403)', fix: 'give the github-token input (or the checkout credentials) read access to this repository' }),
  },
  {
    test: /returned error: 401|HTTP 401|Authentication failed|could not read Username|terminal prompts disabled|Permission denied \(publickey/i,
    failure: () => ({ cause: 'the server asked for credentials it did not get or rejected (HTTP 401)', fix: 'set the github-token input, or persist credentials in the checkout, for a private remote' }),
  },
];

export function describeRemoteFailure(stderr: string): RemoteFailure | undefined {
  for (const f of FAILURES) {
    const m = f.test.exec(stderr);
    if (m) return f.failure(m);
  }
  return undefined;
}
