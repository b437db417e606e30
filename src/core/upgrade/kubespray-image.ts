import { existsSync } from 'node:fs';
import path from 'node:path';
import { ActionError, ConfigurationError } from '../errors.js';
import type { ImagePin } from '../managers/image-pins.js';

/** The image a repo gets when its pins name none: upstream's own release image. */
export const UPSTREAM_KUBESPRAY_IMAGE = 'quay.io/kubespray/kubespray';

/** What run-upgrade needs from the container engine for an image-only repo (adapters/ansible/container-images.ts). */
export interface ImageStore {
  /** The image's working directory (its Kubespray tree), pulling the image first when the runner does not have it. */
  workingDir(image: string): Promise<string>;
  /** Copies the contents of a directory of the image into an empty host directory. */
  copyOut(image: string, from: string, to: string): Promise<void>;
}

/** An engine call stopped because the run was cancelled (SIGTERM/SIGINT); nothing ran in the cluster. */
export class ImageOperationCancelled extends ActionError {
  override name = 'ImageOperationCancelled';
  constructor(readonly during: string) {
    super(`cancelled while ${during}; the engine call was killed and nothing was changed`);
  }
}

/** The Kubespray tree of an image: read on the host from `hostDir`, run inside the image from `workdir`. */
export interface ImageTree {
  image: string;
  workdir: string;
  hostDir: string;
}

// registry[:port]/path/components[:tag][@sha256:digest], as the distribution spec names them.
const HOST = String.raw`(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d{1,5})?/)?`;
const COMPONENT = String.raw`[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const REFERENCE = new RegExp(String.raw`^${HOST}${COMPONENT}(?:/${COMPONENT})*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`);

/** Refuses what is not an image reference before any engine sees it (and never lets one pass as an option). */
export function checkImageReference(image: string, from: string): void {
  if (image.length > 512 || !REFERENCE.test(image)) {
    throw new ConfigurationError(
      `${from} ${JSON.stringify(image.slice(0, 200))} is not an image reference; write it as registry/path/name:tag, e.g. ${UPSTREAM_KUBESPRAY_IMAGE}:v2.26.0`,
    );
  }
}

/**
 * The image of the release the repo pins: the repository its pins write out (a mirror is
 * kept), at the pinned version. Pins through a variable do not say the repository; upstream's
 * is meant then. Two repositories are a choice the input must make.
 */
export function pinnedImage(pins: readonly ImagePin[], version: string): string {
  const repos = [...new Set(pins.map((p) => p.image).filter((i): i is string => Boolean(i)))];
  if (repos.length > 1) {
    throw new ConfigurationError(
      `the repo's kubespray image pins name ${repos.length} images (${pins
        .filter((p) => p.image)
        .map((p) => `${p.file}:${p.line} ${p.image}`)
        .join(', ')}); set input image to the one run-upgrade should run`,
    );
  }
  return `${repos[0] ?? UPSTREAM_KUBESPRAY_IMAGE}:${version}`;
}

/**
 * Brings the image's Kubespray tree to the host, where preflight reads it (defaults, the
 * Ansible limits, the playbook names of the tag). The playbooks still run inside the image,
 * from its own copy, so what is read is what runs.
 */
export async function readImageTree(store: ImageStore, image: string, hostDir: string): Promise<ImageTree> {
  const workdir = await store.workingDir(image);
  if (!workdir || !path.isAbsolute(workdir) || workdir === '/') {
    throw new ConfigurationError(
      `the image ${image} sets no working directory (WORKDIR ${JSON.stringify(workdir)}); Kubespray's images run from WORKDIR /kubespray: build yours FROM ${UPSTREAM_KUBESPRAY_IMAGE}:<release> or set WORKDIR to its Kubespray tree`,
    );
  }
  await store.copyOut(image, workdir, hostDir);
  if (!existsSync(path.join(hostDir, 'upgrade-cluster.yml'))) {
    throw new ConfigurationError(
      `the image ${image} has no upgrade-cluster.yml in its working directory ${workdir}; is it a Kubespray image? Set input image to one built FROM ${UPSTREAM_KUBESPRAY_IMAGE}:<release>`,
    );
  }
  return { image, workdir, hostDir };
}
