// The cluster picture's geometry: `(world, size) → layout`, in design units that the SVG viewBox
// maps onto the screen. Nodes are pastures in a row (or grid) that fits the width, each pod has a
// slot in its node's pasture, unscheduled pods wait in a pen, and claims and volumes sit in a
// storage lane below. Pure: the only history it reads is the previous layout, so cows keep their
// spot in a pasture while others come and go.
import { render, type DisplayLang } from '../../i18n/index.ts';
import { scaleBand } from 'd3-scale';
import type { World } from '../../sim/engine/world.ts';
import { shortSchedulingMessage } from './podState.ts';
import {
  readScene,
  type PictureFilter,
  type Scene,
  type SceneAlert,
  type SceneClaim,
  type SceneEndpoint,
  type SceneNode,
  type ScenePod,
  type SceneService,
  type SceneVolume,
} from './scene.ts';

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Density = 'full' | 'compact' | 'tiny';

export interface SlotSize {
  width: number;
  height: number;
  /** Scale of the cow glyph (1 = 80×56 design units). */
  cow: number;
  /** Scale of the tag and status text (grows more slowly than the cow). */
  text: number;
}

export interface PodPlace extends ScenePod {
  /** Top-left of the pod's slot. */
  x: number;
  y: number;
  slot: number;
  inPen: boolean;
}

export interface NodePlace extends SceneNode {
  box: Rect;
  /** The grass where pods stand, below the header and the sign row. */
  body: Rect;
  /** The link from the control-plane bus down to the pasture. */
  link: { x: number; y1: number; y2: number };
  slotColumns: number;
}

export interface ChipPlace extends SceneEndpoint {
  x: number;
  width: number;
}

export interface ServicePlace extends SceneService {
  box: Rect;
  chips: ChipPlace[];
  /** Endpoints that did not fit. */
  more: number;
}

export interface ClaimPlace extends SceneClaim {
  box: Rect;
}

export interface VolumePlace extends SceneVolume {
  box: Rect;
}

export interface AlertPlace extends SceneAlert {
  box: Rect;
  /** The text wrapped to the box (at most three lines). */
  lines: string[];
  /** Where the alert points: the ghost's cow. */
  target: { x: number; y: number };
}

export interface LinkPlace {
  key: string;
  kind: 'pod-claim' | 'claim-volume' | 'ghost-claim';
  from: string;
  to: string;
  d: string;
}

export interface PenPlace {
  box: Rect;
  body: Rect;
  message: string;
}

export interface ClusterLayout {
  /** 'compact' when claims need more than one row: each claim and its volume share one cell. */
  storageMode: 'full' | 'compact';
  /** 'focus' when there are too many binding lines to follow: only the selection's are drawn. */
  linkMode: 'all' | 'focus';
  /** Design units (the viewBox). */
  width: number;
  height: number;
  /** Screen pixels per design unit. */
  zoom: number;
  density: Density;
  slot: SlotSize;
  controlPlane: Rect;
  /** The horizontal bus the node links hang from; further rows of pastures get their own. */
  bus: { x1: number; x2: number; y: number };
  rowBuses: { x1: number; x2: number; y: number }[];
  services: ServicePlace[];
  nodes: NodePlace[];
  pen?: PenPlace;
  pods: PodPlace[];
  alerts: AlertPlace[];
  storage: Rect;
  claims: ClaimPlace[];
  volumes: VolumePlace[];
  links: LinkPlace[];
  scene: Scene;
}

export interface LayoutOptions {
  filter?: PictureFilter;
  /** The layout drawn just before: pods that stay on the same node keep their slot. */
  previous?: ClusterLayout;
  /** The language of the words the layout makes room for (the alerts). */
  lang?: DisplayLang;
}

/** The design canvas a 1× zoom is tuned for (a 1024×600 projector, minus the page chrome). */
export const DESIGN = { width: 960, height: 540 };
export const MAX_ZOOM = 2.2;
/** The picture never shrinks below this, so 12-unit text stays at 9 px or more. */
export const MIN_ZOOM = 0.75;

export const M = 12;
const TOP = 74;
const BUS_Y = 60;
const NODE_GAP = 14;
const HEADER = 32;
const SIGNS = 26;
const BODY_PAD = 6;
/** A pasture is at least this wide, and wide enough for one slot. */
const MIN_PASTURE = 140;
const PEN_HEADER = 28;
const ALERT_H = 34;
const ALERT_LINE = 18;
export const ALERT_FONT = 14.5;
const ALERT_GAP = 6;
const LANE_GAP = 14;
/** Room between the pastures and the storage lane for binding lines to cross. */
const LINK_GAP = 22;
const LANE_HEADER = 22;
export const CLAIM = { width: 128, height: 60 };
export const VOLUME = { width: 128, height: 64 };
const COLUMN_GAP = 10;
/** A compact storage cell: the claim on top, its volume below, in one box. */
export const CELL = { width: 128, height: 50 };
/** More pod → claim lines than this, and only the selection's are drawn. */
const MAX_LINKS = 10;
const CLAIM_TO_VOLUME = 18;

export const SLOTS: Record<Density, SlotSize> = {
  full: { width: 124, height: 120, cow: 1, text: 1 },
  compact: { width: 92, height: 84, cow: 0.72, text: 1 },
  tiny: { width: 66, height: 60, cow: 0.5, text: 1 },
};

/** A full-density slot with the cow enlarged `k` times (for big fields with few pods). */
export function fullSlot(k: number): SlotSize {
  const text = 1 + (k - 1) * 0.5;
  return {
    width: Math.round(Math.max(124 * text, 80 * k + 24)),
    height: Math.round(6 + 56 * k + 3 + 56 * text + 8),
    cow: k,
    text,
  };
}

/** Candidate slot sizes, largest first: the layout takes the first that fits the height. */
const CANDIDATES: { density: Density; slot: SlotSize; compactLane?: boolean }[] = [
  ...[1.5, 1.3, 1.15].map((k) => ({ density: 'full' as const, slot: fullSlot(k) })),
  { density: 'full', slot: SLOTS.full },
  { density: 'compact', slot: SLOTS.compact },
  { density: 'tiny', slot: SLOTS.tiny },
  { density: 'tiny', slot: SLOTS.tiny, compactLane: true },
];

/** The cow's feet, relative to the slot's top-left: where binding lines start. */
export function podAnchor(slot: SlotSize): { x: number; y: number } {
  return { x: slot.width / 2, y: 6 + 50 * slot.cow };
}

/**
 * Approximate advance width of sans-serif text (no DOM in Node). Tuned to DejaVu Sans, one of the
 * widest common UI fonts, so boxes sized with it fit narrower fonts too.
 */
/** Advance width of monospace text (names on tags and chips): 0.61 em a character. */
export function monoWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 1 : 0.61;
  return w * size;
}

export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) {
    if ("il.,:;|!'`".includes(ch)) w += 0.3;
    else if ('fjrt()[]- '.includes(ch)) w += 0.4;
    else if (ch >= '0' && ch <= '9') w += 0.64;
    else if (ch >= 'A' && ch <= 'Z') w += 0.72;
    else if (ch.charCodeAt(0) > 0x2e80) w += 1;
    else if ('mw'.includes(ch)) w += 0.92;
    else w += 0.6;
  }
  return w * size;
}

/** Pieces text may break between: words, and each Chinese character (Chinese has no spaces). */
const BREAKS =
  /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef][\u3000-\u303f\uff00-\uffef]*|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+|\s+/g;

/**
 * Greedy word wrap into at most `max` lines; the last line ends with … when text is left over.
 * Breaks at spaces, and between Chinese characters (keeping a full-width comma or stop with the
 * character before it).
 */
export function wrapText(text: string, size: number, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const pieces = text.match(BREAKS) ?? [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (/^\s+$/.test(piece)) {
      if (line) line += ' ';
      continue;
    }
    const next = line + piece;
    if (textWidth(next.trimEnd(), size) <= width || !line.trim()) {
      line = next;
      continue;
    }
    if (lines.length === max - 1) {
      let cut = line.trimEnd();
      while (cut.length > 1 && textWidth(`${cut}…`, size) > width) cut = cut.slice(0, -1);
      lines.push(`${cut}…`);
      return lines;
    }
    lines.push(line.trimEnd());
    line = piece;
  }
  lines.push(line.trimEnd());
  return lines;
}

export function zoomFor(size: Size): number {
  const z = Math.min(MAX_ZOOM, size.width / DESIGN.width, size.height / DESIGN.height);
  return z < 1.25 ? 1 : z;
}

export function layoutCluster(world: World, size: Size, options: LayoutOptions = {}): ClusterLayout {
  const scene = readScene(world, options.filter ?? 'all');
  // Measuring is cheap; only the chosen candidate is laid out in full.
  const fitAt = (zoom: number): { planned: Planned; fits: boolean } => {
    let last: Planned | undefined;
    for (const { density, slot, compactLane } of CANDIDATES) {
      const width = Math.max(320, size.width / zoom);
      const height = Math.max(200, size.height / zoom);
      last = place(
        scene,
        world,
        width,
        height,
        zoom,
        density,
        slot,
        !!compactLane,
        options.previous,
        options.lang ?? 'en',
      );
      if (last.height <= height + 0.5) return { planned: last, fits: true };
    }
    return { planned: last!, fits: false };
  };
  // Big screens zoom everything up. The zoom depends on the screen only, never on the content,
  // so a new pod or alert never rescales the whole picture; the slot size adapts instead.
  const zoom = zoomFor(size);
  let best = fitAt(zoom);
  if (!best.fits && zoom === 1) {
    // Too little room even for the smallest cows: shrink the whole picture (not below MIN_ZOOM)
    // rather than hide the storage lane below a scrollbar.
    const z = Math.max(MIN_ZOOM, size.height / best.planned.height);
    if (z < 1) best = fitAt(z);
  }
  return best.planned.finish();
}

/** A candidate measured: the height it needs, and how to lay it out in full. */
interface Planned {
  height: number;
  finish: () => ClusterLayout;
}

function place(
  scene: Scene,
  world: World,
  width: number,
  height: number,
  zoom: number,
  density: Density,
  slot: SlotSize,
  compactLane: boolean,
  previous: ClusterLayout | undefined,
  lang: DisplayLang,
): Planned {
  const controlPlane = { x: M, y: 8, width: 168, height: 40 };

  // Pastures: as many columns as fit at the minimum width, then equal widths.
  const n = Math.max(1, scene.nodes.length);
  const minPasture = Math.max(MIN_PASTURE, slot.width + 2 * BODY_PAD + 8);
  const fit = Math.max(1, Math.floor((width - 2 * M + NODE_GAP) / (minPasture + NODE_GAP)));
  const cols = Math.min(n, fit);
  const rows = Math.ceil(n / cols);
  // The band scale's bandwidth, without building the scale for every candidate measured.
  const inner = NODE_GAP / ((width - 2 * M) / cols);
  const pw = ((width - 2 * M) / (cols - inner)) * (1 - inner);
  const slotColumns = Math.max(1, Math.floor((pw - 2 * BODY_PAD) / slot.width));

  // Slots: a pod on the same node as before keeps its slot; others prefer `ordinal mod columns`.
  const pods = scene.pods;
  const byNode = new Map<string, ScenePod[]>();
  const pending: ScenePod[] = [];
  for (const n of scene.nodes) byNode.set(n.name, []);
  for (const p of pods) {
    const list = p.node ? byNode.get(p.node) : undefined;
    if (list) list.push(p);
    else pending.push(p);
  }
  // Previous slots carry over as (column, row), so a change of slot size keeps the arrangement.
  const prevColumns = previous?.nodes[0]?.slotColumns ?? 0;
  const prevSlots = new Map<string, { node?: string; slot: number; inPen: boolean }>();
  for (const p of prevColumns ? previous!.pods : []) {
    const col = p.slot % prevColumns;
    if (col < slotColumns)
      prevSlots.set(p.uid, {
        node: p.node,
        slot: Math.floor(p.slot / prevColumns) * slotColumns + col,
        inPen: p.inPen,
      });
  }
  const slotOf = new Map<string, number>();
  let maxRows = 1;
  for (const [node, list] of byNode) {
    const taken = assignSlots(list, slotColumns, (p) => {
      const was = prevSlots.get(p.uid);
      return was && !was.inPen && was.node === node ? was.slot : undefined;
    });
    for (const [key, s] of taken) {
      slotOf.set(key, s);
      maxRows = Math.max(maxRows, Math.floor(s / slotColumns) + 1);
    }
  }

  const bodyH = maxRows * slot.height + 2 * BODY_PAD;
  const pastureH = HEADER + SIGNS + bodyH;

  // Everything below the pastures, to know how much room is left to grow them.
  const penCols = Math.max(1, Math.floor((width - 2 * M - 2 * BODY_PAD) / slot.width));
  const penRows = Math.ceil(pending.length / penCols);
  const penH = pending.length ? PEN_HEADER + penRows * slot.height + 2 * BODY_PAD : 0;
  const alertLines = scene.alerts.map((a) => wrapText(render(lang, a.text), ALERT_FONT * 1.1, width - 2 * M - 48, 3));
  const alertsH = alertLines.reduce((h, l) => h + ALERT_H + (l.length - 1) * ALERT_LINE + ALERT_GAP, 0);
  const columns = storageColumns(scene.claims, scene.volumes);
  const laneCols = Math.max(1, Math.floor((width - 2 * M + COLUMN_GAP) / (CLAIM.width + COLUMN_GAP)));
  // The lane is always there (one row at least), so the first claim does not shift the pastures.
  const laneRows = Math.max(1, Math.ceil(columns.length / laneCols));
  const storageMode = compactLane || laneRows > 1 ? 'compact' : 'full';
  const laneRowH = storageMode === 'compact' ? CELL.height + 8 : CLAIM.height + CLAIM_TO_VOLUME + VOLUME.height + 8;
  const laneH = LANE_HEADER + laneRows * laneRowH;
  const below = (penH ? penH + LANE_GAP : 0) + alertsH + laneH + LANE_GAP + LINK_GAP;
  const natural = TOP + rows * pastureH + (rows - 1) * NODE_GAP + LANE_GAP + below;
  return { height: Math.max(height, natural - LANE_GAP + M), finish };

  function finish(): ClusterLayout {
    const band = scaleBand<number>()
      .domain(Array.from({ length: cols }, (_, i) => i))
      .range([M, width - M])
      .paddingInner(inner);
    // Spare height goes to the pastures, so fields fill the screen at any size.
    const grow = Math.max(0, Math.min(height - natural, rows * slot.height * 1.5) / rows);
    const ph = pastureH + grow;

    const nodes: NodePlace[] = scene.nodes.map((node, i) => {
      const x = band(i % cols)!;
      const y = TOP + Math.floor(i / cols) * (ph + NODE_GAP);
      const box = { x, y, width: pw, height: ph };
      return {
        ...node,
        box,
        body: { x: x + 4, y: y + HEADER + SIGNS, width: pw - 8, height: ph - HEADER - SIGNS - 4 },
        link: { x: x + pw / 2, y1: Math.floor(i / cols) === 0 ? BUS_Y : y - NODE_GAP / 2 - 2, y2: y },
        slotColumns,
      };
    });
    const nodeByName = new Map(nodes.map((nd) => [nd.name, nd]));

    const placed: PodPlace[] = [];
    for (const p of pods) {
      const nd = p.node ? nodeByName.get(p.node) : undefined;
      if (!nd) continue;
      const s = slotOf.get(p.key) ?? 0;
      const cw = slotColumns * slot.width;
      const left = nd.box.x + (nd.box.width - cw) / 2;
      placed.push({
        ...p,
        slot: s,
        inPen: false,
        x: left + (s % slotColumns) * slot.width,
        y: nd.body.y + (nd.body.height - maxRows * slot.height) / 2 + Math.floor(s / slotColumns) * slot.height,
      });
    }

    let y = TOP + rows * ph + (rows - 1) * NODE_GAP + LANE_GAP;
    let pen: PenPlace | undefined;
    if (pending.length) {
      const box = { x: M, y, width: width - 2 * M, height: penH };
      const body = {
        x: M + BODY_PAD,
        y: y + PEN_HEADER,
        width: width - 2 * M - 2 * BODY_PAD,
        height: penH - PEN_HEADER,
      };
      const firstUid = pending.find((p) => world.unschedulable[p.uid])?.uid;
      pen = { box, body, message: firstUid ? shortSchedulingMessage(world.unschedulable[firstUid]!) : '' };
      pending.forEach((p, i) =>
        placed.push({
          ...p,
          slot: i,
          inPen: true,
          x: body.x + (i % penCols) * slot.width,
          y: body.y + BODY_PAD + Math.floor(i / penCols) * slot.height,
        }),
      );
      y += penH + LANE_GAP;
    }

    const anchor = podAnchor(slot);
    const alerts: AlertPlace[] = scene.alerts.map((a, i) => {
      const p = placed.find((x) => x.key === a.podKey);
      const lines = alertLines[i]!;
      const box = { x: M, y, width: width - 2 * M, height: ALERT_H + (lines.length - 1) * ALERT_LINE };
      y += box.height + ALERT_GAP;
      return { ...a, box, lines, target: p ? { x: p.x + anchor.x, y: p.y + slot.height - 4 } : { x: M, y: box.y } };
    });

    const claims: ClaimPlace[] = [];
    const volumes: VolumePlace[] = [];
    y += LINK_GAP;
    const storage: Rect = { x: M, y, width: width - 2 * M, height: laneH };
    const used = Math.min(laneCols, columns.length) * (CLAIM.width + COLUMN_GAP) - COLUMN_GAP;
    const left = M + Math.max(0, (width - 2 * M - used) / 2);
    columns.forEach((col, i) => {
      const cx = left + (i % laneCols) * (CLAIM.width + COLUMN_GAP);
      const cy = y + LANE_HEADER + Math.floor(i / laneCols) * laneRowH;
      const half = { width: CELL.width, height: CELL.height / 2 };
      if (storageMode === 'compact') {
        if (col.claim) claims.push({ ...col.claim, box: { x: cx, y: cy, ...half } });
        if (col.volume) volumes.push({ ...col.volume, box: { x: cx, y: cy + half.height, ...half } });
        return;
      }
      if (col.claim) claims.push({ ...col.claim, box: { x: cx, y: cy, ...CLAIM } });
      if (col.volume)
        volumes.push({ ...col.volume, box: { x: cx, y: cy + CLAIM.height + CLAIM_TO_VOLUME, ...VOLUME } });
    });
    y += laneH + LANE_GAP;

    const bottoms = new Map<string, number>(nodes.map((nd) => [nd.name, nd.box.y + nd.box.height]));
    const links = bindingLinks(placed, claims, storageMode === 'full' ? volumes : [], slot, (p) =>
      p.inPen && pen ? pen.box.y + pen.box.height : (bottoms.get(p.node ?? '') ?? p.y + slot.height),
    );
    const podLinks = links.filter((l) => l.kind !== 'claim-volume').length;
    const services = placeServices(scene.services, controlPlane, width);
    const last = nodes.length ? nodes[Math.min(cols, nodes.length) - 1]! : undefined;
    return {
      storageMode,
      linkMode: podLinks <= MAX_LINKS ? 'all' : 'focus',
      width,
      height: Math.max(height, y - LANE_GAP + M),
      zoom,
      density,
      slot,
      controlPlane,
      bus: { x1: controlPlane.x + controlPlane.width / 2, x2: last ? last.link.x : width - M, y: BUS_Y },
      rowBuses: Array.from({ length: rows - 1 }, (_, r) => ({
        x1: M / 2,
        x2: last ? last.link.x : width - M,
        y: TOP + (r + 1) * (ph + NODE_GAP) - NODE_GAP / 2 - 2,
      })),
      services,
      nodes,
      ...(pen ? { pen } : {}),
      pods: placed,
      alerts,
      storage,
      claims,
      volumes,
      links,
      scene,
    };
  }
}

/**
 * Gives each pod a slot index on one node. Pods keep their previous slot when they can; the rest
 * take `ordinal mod columns` (so web-1 stands in the same spot of whichever pasture it is in),
 * or the next free slot.
 */
export function assignSlots(
  list: ScenePod[],
  columns: number,
  previous: (p: ScenePod) => number | undefined,
): Map<string, number> {
  const out = new Map<string, number>();
  const used = new Set<number>();
  for (const p of list) {
    const s = previous(p);
    if (s !== undefined && !used.has(s)) {
      out.set(p.key, s);
      used.add(s);
    }
  }
  for (const p of list) {
    if (out.has(p.key)) continue;
    const s = freeSlot(used, columns, p.ordinal !== undefined ? p.ordinal % columns : 0);
    out.set(p.key, s);
    used.add(s);
  }
  return out;
}

/** The first free slot, row by row, starting each row at the preferred column and wrapping. */
function freeSlot(used: Set<number>, columns: number, column: number): number {
  for (let row = 0; ; row++) {
    for (let i = 0; i < columns; i++) {
      const s = row * columns + ((column + i) % columns);
      if (!used.has(s)) return s;
    }
  }
}

interface StorageColumn {
  claim?: SceneClaim;
  volume?: SceneVolume;
}

/** Each claim over the volume it is bound to; then volumes no shown claim uses. */
function storageColumns(claims: SceneClaim[], volumes: SceneVolume[]): StorageColumn[] {
  const byName = new Map(volumes.map((v) => [v.name, v]));
  const taken = new Set<string>();
  const cols: StorageColumn[] = claims.map((c) => {
    const v = c.volume ? byName.get(c.volume) : undefined;
    if (v) taken.add(v.name);
    return { claim: c, ...(v ? { volume: v } : {}) };
  });
  for (const v of volumes) if (!taken.has(v.name)) cols.push({ volume: v });
  return cols;
}

/**
 * A vertical link from one point to another: the path d3-shape's `linkVertical()` draws (a bump
 * curve, both control points at half height). Written out because d3-shape and d3-path would cost
 * 5 kB gzip of first-load JavaScript for these three lines.
 */
function link(x0: number, y0: number, x1: number, y1: number): string {
  // Three decimals, as d3-shape's path does.
  const r = (v: number) => Math.round(v * 1000) / 1000;
  const ym = r((y0 + y1) / 2);
  return `M${r(x0)},${r(y0)}C${r(x0)},${ym},${r(x1)},${ym},${r(x1)},${r(y1)}`;
}

function bindingLinks(
  pods: PodPlace[],
  claims: ClaimPlace[],
  volumes: VolumePlace[],
  slot: SlotSize,
  fieldBottom: (p: PodPlace) => number,
): LinkPlace[] {
  const out: LinkPlace[] = [];
  const claimBy = new Map(claims.map((c) => [c.name, c]));
  for (const p of pods) {
    for (const name of p.claims) {
      const c = claimBy.get(name);
      if (!c) continue;
      // Straight down out of the slot and the field, then a curve across to the claim: the
      // tangle stays in the gap above the storage lane instead of crossing other cows.
      const x = p.x + slot.width / 2;
      const exit = fieldBottom(p);
      const curve = link(x, exit, c.box.x + c.box.width / 2, c.box.y);
      out.push({
        key: `${p.key}->${name}`,
        kind: p.ghost ? 'ghost-claim' : 'pod-claim',
        from: p.key,
        to: name,
        d: `M${x},${p.y + slot.height - 4}L${curve.slice(1)}`,
      });
    }
  }
  for (const v of volumes) {
    const c = v.claim ? claimBy.get(v.claim) : undefined;
    if (!c) continue;
    const x = c.box.x + c.box.width / 2;
    out.push({
      key: `${c.name}->${v.name}`,
      kind: 'claim-volume',
      from: c.name,
      to: v.name,
      d: `M${x},${c.box.y + c.box.height}L${x},${v.box.y}`,
    });
  }
  return out;
}

const SERVICE_TITLE = 15;
const CHIP_FONT = 13;

function placeServices(services: SceneService[], cp: Rect, width: number): ServicePlace[] {
  const out: ServicePlace[] = [];
  let x = cp.x + cp.width + 18;
  const right = width - M;
  for (const s of services) {
    const title = textWidth(`Service ${s.name}  ${s.headless ? 'headless' : s.clusterIP}`, SERVICE_TITLE) + 24;
    const room = right - x;
    if (room < 140) break;
    const chips: ChipPlace[] = [];
    let cx = 10;
    let more = 0;
    for (const e of s.endpoints) {
      const w = monoWidth(e.name, CHIP_FONT) + 30;
      if (more || cx + w > room - 56) {
        more++;
        continue;
      }
      chips.push({ ...e, x: cx, width: w });
      cx += w + 6;
    }
    const inner = Math.max(title, cx + (more ? 56 : 4), 160);
    const box = { x, y: 4, width: Math.min(room, inner), height: 48 };
    out.push({ ...s, box, chips, more });
    x += box.width + 12;
  }
  return out;
}
