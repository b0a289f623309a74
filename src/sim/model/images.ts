// The image registry: which images pull, and how their processes behave. Behaviour that matters to
// the lessons: nginx exits at once on SIGTERM; Node.js as PID 1 (the kubia images) ignores it and
// is killed at the end of the grace period (semantics §1.9). The built-in table below is the same
// for every world; each world may know more images (`World.images`: those seen running in an
// imported cluster), so lookups take the world's own table too.

export type AppKind =
  | 'nginx'
  | 'kubia'
  | 'kubia-pet'
  | 'kubia-pet-peers'
  | 'shell'
  | 'dnsutils'
  | 'httpd'
  /** An image the lab knows only from seeing it run: it pulls and runs, and serves nothing the lab models. */
  | 'generic';

export interface ImageInfo {
  app: AppKind;
  /** PID 1 ignores SIGTERM, so graceful termination lasts the whole grace period. */
  ignoresSigterm: boolean;
  /** Seconds an image pull takes on a node that does not have it yet. */
  pullSeconds: [number, number];
}

const NGINX: ImageInfo = { app: 'nginx', ignoresSigterm: false, pullSeconds: [10, 17] };
const KUBIA = (app: AppKind): ImageInfo => ({ app, ignoresSigterm: true, pullSeconds: [8, 15] });

/** repository → tag → behaviour. `*` accepts any tag (the image has many). */
const REGISTRY: Record<string, Record<string, ImageInfo>> = {
  'registry.k8s.io/nginx-slim': { '0.7': NGINX, '0.8': NGINX, '0.21': NGINX, '0.24': NGINX },
  'k8s.gcr.io/nginx-slim': { '0.7': NGINX, '0.8': NGINX },
  'gcr.io/google_containers/nginx-slim': { '0.7': NGINX, '0.8': NGINX },
  'luksa/kubia': { latest: KUBIA('kubia') },
  'luksa/kubia-pet': { latest: KUBIA('kubia-pet') },
  'luksa/kubia-pet-peers': { latest: KUBIA('kubia-pet-peers') },
  busybox: {
    '1.28': { app: 'shell', ignoresSigterm: true, pullSeconds: [2, 4] },
    latest: { app: 'shell', ignoresSigterm: true, pullSeconds: [2, 4] },
  },
  'tutum/dnsutils': { latest: { app: 'dnsutils', ignoresSigterm: true, pullSeconds: [4, 8] } },
  nginx: { '*': NGINX },
  httpd: { '*': { app: 'httpd', ignoresSigterm: false, pullSeconds: [6, 12] } },
};

export function splitImage(image: string): { repo: string; tag: string } {
  const at = image.indexOf('@');
  const base = at >= 0 ? image.slice(0, at) : image;
  const slash = base.lastIndexOf('/');
  const colon = base.lastIndexOf(':');
  if (colon > slash) return { repo: base.slice(0, colon), tag: base.slice(colon + 1) };
  return { repo: base, tag: 'latest' };
}

function normalRepo(repo: string): string {
  return repo.replace(/^docker\.io\//, '').replace(/^library\//, '');
}

/**
 * What the lab assumes of an image it saw running in an imported cluster: the cluster pulled it, so
 * it pulls; its process stops on SIGTERM (the common case; the dump cannot tell).
 */
export const SEEN_RUNNING: ImageInfo = { app: 'generic', ignoresSigterm: false, pullSeconds: [5, 10] };

/** The built-in registry's entry for an image, if any. */
export function builtinImage(image: string): ImageInfo | undefined {
  const { repo, tag } = splitImage(image);
  const tags = Object.hasOwn(REGISTRY, normalRepo(repo)) ? REGISTRY[normalRepo(repo)] : undefined;
  return tags && Object.hasOwn(tags, tag) ? tags[tag] : tags?.['*'];
}

/** An image's behaviour: the built-in registry's, else the world's own table's (exact reference). */
export function lookupImage(image: string, known?: Readonly<Record<string, ImageInfo>>): ImageInfo | undefined {
  return builtinImage(image) ?? (known && Object.hasOwn(known, image) ? known[image] : undefined);
}
