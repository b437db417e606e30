import { gunzipSync } from 'node:zlib';

/**
 * Helm 3 stores each revision of a release in a Secret of type `helm.sh/release.v1` whose
 * `data.release` is base64 (the Secret encoding) of base64 text of the gzipped release JSON;
 * its `manifest` field is the rendered YAML Helm applied. A hostile or broken Secret must
 * cost bounded memory: each stage is capped before the next one runs.
 */
export const HELM_LIMITS = {
  /** Characters of data.release; the apiserver caps a Secret at 1 MiB, so this is generous. */
  maxEncodedChars: 4 * 1024 * 1024,
  /** Bytes after gunzip: a release JSON carries the chart's templates and values, rarely over a few MiB. */
  maxJsonBytes: 16 * 1024 * 1024,
} as const;

export class HelmReleaseError extends Error {
  override name = 'HelmReleaseError';
}

export interface HelmRelease {
  name: string;
  namespace: string;
  version: number;
  manifest: string;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** The release inside one Secret's `data.release`; throws HelmReleaseError on anything malformed or over the caps. */
export function decodeHelmRelease(dataRelease: string): HelmRelease {
  if (dataRelease.length > HELM_LIMITS.maxEncodedChars) throw new HelmReleaseError(`data.release is ${mib(dataRelease.length)}, over the ${mib(HELM_LIMITS.maxEncodedChars)} limit`);
  if (!/^[A-Za-z0-9+/=\r\n]*$/.test(dataRelease)) throw new HelmReleaseError('data.release is not base64');
  const inner = Buffer.from(dataRelease, 'base64').toString('latin1');
  if (!/^[A-Za-z0-9+/=\r\n]*$/.test(inner)) throw new HelmReleaseError('data.release does not hold base64 text (not a Helm 3 release)');
  const packed = Buffer.from(inner, 'base64');
  let json: Buffer;
  if (packed[0] === GZIP_MAGIC[0] && packed[1] === GZIP_MAGIC[1]) {
    try {
      json = gunzipSync(packed, { maxOutputLength: HELM_LIMITS.maxJsonBytes });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new HelmReleaseError(`the gzipped release expands past ${mib(HELM_LIMITS.maxJsonBytes)}; refused unread`);
      throw new HelmReleaseError(`the gzipped release is corrupt (${code ?? (e as Error).message})`);
    }
  } else {
    // Helm reads an ungzipped release too (it checks the magic bytes the same way).
    if (packed.length > HELM_LIMITS.maxJsonBytes) throw new HelmReleaseError(`the release is over ${mib(HELM_LIMITS.maxJsonBytes)}`);
    json = packed;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.toString('utf8'));
  } catch {
    throw new HelmReleaseError('the release is not JSON');
  }
  const r = parsed as { name?: unknown; namespace?: unknown; version?: unknown; manifest?: unknown };
  if (typeof r !== 'object' || r === null || typeof r.manifest !== 'string') throw new HelmReleaseError('the release JSON has no manifest');
  return {
    name: typeof r.name === 'string' ? r.name : '',
    namespace: typeof r.namespace === 'string' ? r.namespace : '',
    version: typeof r.version === 'number' ? r.version : 0,
    manifest: r.manifest,
  };
}

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
