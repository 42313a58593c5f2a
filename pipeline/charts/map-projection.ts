// Pre-projection of the kommune map. The TopoJSON (WGS84 lon/lat) is projected once per map size to pixel
// coordinates (transverse Mercator on 15° E, as UTM zone 33 that Norwegian maps use), rounded to 0,1 px and
// simplified (Douglas–Peucker, 0,25 px) arc by arc, so neighbouring kommuner keep a shared border. Vega then
// draws it with the identity projection: much faster, and a much smaller SVG, with no visible difference.
import { projection as vegaProjection } from 'vega';

export interface Topology {
  type: 'Topology';
  objects: Record<string, unknown>;
  arcs: [number, number][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  bbox?: number[];
}

interface D3Projection {
  (point: [number, number]): [number, number] | null;
  rotate(r: [number, number, number]): D3Projection;
  scale(k: number): D3Projection;
  translate(t: [number, number]): D3Projection;
}

const TOLERANCE = 0.25;

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Douglas–Peucker on one polyline; keeps both ends. */
export function simplifyLine(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let maxD = -1;
    let idx = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      let d: number;
      if (len2 === 0) d = Math.hypot(px - ax, py - ay);
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d = Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
      }
      if (d > maxD) {
        maxD = d;
        idx = i;
      }
    }
    if (maxD > tolerance && idx > 0) {
      keep[idx] = 1;
      stack.push([a, idx], [idx, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Decodes quantized, delta-encoded arcs (TopoJSON `transform`) to absolute coordinates. */
function absoluteArcs(t: Topology): [number, number][][] {
  if (!t.transform) return t.arcs;
  const { scale, translate } = t.transform;
  return t.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as [number, number];
    });
  });
}

const cache = new WeakMap<object, Map<string, Topology>>();

/**
 * The topology projected to fit `width` × `height` px. Memoised per topology object and size (a pure
 * function of its inputs, so the memo never changes a result).
 */
export function projectTopology(topology: Topology, width: number, height: number): Topology {
  const key = `${width}x${height}`;
  let bySize = cache.get(topology);
  const hit = bySize?.get(key);
  if (hit) return hit;

  // Project once at unit scale, then scale and centre the bounding box in the frame (the projection is
  // conformal, so one factor for both axes, as d3's fitSize does).
  const arcs = absoluteArcs(topology);
  const make = vegaProjection as unknown as (type: string) => () => D3Projection;
  const proj = make('transverseMercator')().rotate([-15, 0, 0]).scale(1).translate([0, 0]);
  const raw = arcs.map((arc) => arc.map((p) => proj(p)).filter((q): q is [number, number] => q !== null));
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const arc of raw) {
    for (const [x, y] of arc) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  const k = Math.min(width / (x1 - x0), height / (y1 - y0));
  const dx = (width - k * (x1 - x0)) / 2 - k * x0;
  const dy = (height - k * (y1 - y0)) / 2 - k * y0;
  const projected = raw.map((arc, i) => {
    const pts: [number, number][] = [];
    for (const [x, y] of arc) {
      const r: [number, number] = [round1(k * x + dx), round1(k * y + dy)];
      const last = pts[pts.length - 1];
      if (!last || last[0] !== r[0] || last[1] !== r[1]) pts.push(r);
    }
    // A closed arc (a ring of its own) must stay closed.
    if (pts.length === 1 && arcs[i]!.length > 1) pts.push(pts[0]!);
    return simplifyLine(pts, TOLERANCE);
  });
  const result: Topology = { type: 'Topology', objects: topology.objects, arcs: projected };
  if (!bySize) cache.set(topology, (bySize = new Map<string, Topology>()));
  bySize.set(key, result);
  return result;
}
