// Draws the Teams app icons in code (our own art): a stylised, gently curved spine of rounded
// vertebrae in white. color.png is 192x192 on an opaque teal gradient; outline.png is 32x32, pure
// white on a fully transparent background (Teams' rule for outline icons).
// Run: npx tsx scripts/draw-icons.ts   (writes appPackage/color.png and appPackage/outline.png)
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Rgb = [number, number, number];

/** A rounded rectangle centred at (cx, cy), rotated by `angle` radians. Units: pixels. */
interface RoundedRect {
  cx: number;
  cy: number;
  halfW: number;
  halfH: number;
  radius: number;
  angle: number;
}

/** Signed distance (pixels) from (px, py) to a rotated rounded rectangle: < 0 inside. */
function roundedRectDistance(px: number, py: number, r: RoundedRect): number {
  const cos = Math.cos(-r.angle);
  const sin = Math.sin(-r.angle);
  const dx = px - r.cx;
  const dy = py - r.cy;
  const lx = Math.abs(dx * cos - dy * sin) - (r.halfW - r.radius);
  const ly = Math.abs(dx * sin + dy * cos) - (r.halfH - r.radius);
  const outside = Math.hypot(Math.max(lx, 0), Math.max(ly, 0));
  const inside = Math.min(Math.max(lx, ly), 0);
  return outside + inside - r.radius;
}

interface SpineOptions {
  /** Canvas size in pixels (square). */
  size: number;
  /** Number of vertebrae. */
  count: number;
  /** Top and bottom of the spine, as fractions of the canvas. */
  top: number;
  bottom: number;
  /** Sideways swing of the S-curve, as a fraction of the canvas. */
  swing: number;
  /** Vertebra half-width at the top and at the bottom, as fractions of the canvas. */
  halfWidthTop: number;
  halfWidthBottom: number;
  /** Share of each vertebra's slot that is bone (the rest is the gap, i.e. the disc). */
  fill: number;
  /** Corner radius as a share of the vertebra's half-height. */
  roundness: number;
  /** How much of the curve's tilt each vertebra follows (1 = exactly perpendicular to it). */
  tilt: number;
}

/** Centre-line of the spine: a gentle S (thoracic curve above, lumbar curve below). */
function spineX(t: number, o: SpineOptions): number {
  return 0.5 + o.swing * Math.sin(Math.PI * (2 * t - 0.15));
}

function spineShapes(o: SpineOptions): RoundedRect[] {
  const shapes: RoundedRect[] = [];
  const slot = (o.bottom - o.top) / o.count;
  for (let i = 0; i < o.count; i += 1) {
    const t = (i + 0.5) / o.count;
    const y = o.top + slot * (i + 0.5);
    const x = spineX(t, o);
    // Tangent of the curve in canvas units: dy/dt = bottom - top, dx/dt from the sine.
    const dxdt = o.swing * 2 * Math.PI * Math.cos(Math.PI * (2 * t - 0.15));
    const angle = -Math.atan2(dxdt, o.bottom - o.top) * o.tilt;
    const halfW = (o.halfWidthTop + (o.halfWidthBottom - o.halfWidthTop) * t) * o.size;
    const halfH = ((slot * o.fill) / 2) * o.size;
    shapes.push({ cx: x * o.size, cy: y * o.size, halfW, halfH, radius: halfH * o.roundness, angle });
  }
  return shapes;
}

/** Coverage (0..1) of the pixel centred at (px, py) by the union of shapes, anti-aliased. */
function coverage(px: number, py: number, shapes: RoundedRect[]): number {
  let d = Infinity;
  for (const s of shapes) d = Math.min(d, roundedRectDistance(px, py, s));
  return Math.min(1, Math.max(0, 0.5 - d));
}

function setPixel(png: PNG, x: number, y: number, rgb: Rgb, alpha: number): void {
  const i = (png.width * y + x) << 2;
  png.data[i] = rgb[0];
  png.data[i + 1] = rgb[1];
  png.data[i + 2] = rgb[2];
  png.data[i + 3] = alpha;
}

const TEAL_TOP: Rgb = [0x16, 0x9c, 0xa3];
const TEAL_BOTTOM: Rgb = [0x0b, 0x63, 0x6d];
const WHITE: Rgb = [255, 255, 255];

/** 192x192 full-colour icon: white spine on an opaque teal gradient. */
export function drawColorIcon(): PNG {
  const size = 192;
  const png = new PNG({ width: size, height: size });
  const shapes = spineShapes({
    size,
    count: 7,
    top: 0.19,
    bottom: 0.81,
    swing: 0.03,
    halfWidthTop: 0.075,
    halfWidthBottom: 0.11,
    fill: 0.7,
    roundness: 0.45,
    tilt: 0.6,
  });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // Diagonal gradient, top-left light to bottom-right deep teal.
      const g = (x + y) / (2 * (size - 1));
      const gradient: Rgb = [0, 1, 2].map((c) => TEAL_TOP[c] + (TEAL_BOTTOM[c] - TEAL_TOP[c]) * g) as Rgb;
      // A soft, lighter disc behind the spine.
      const disc = Math.min(1, Math.max(0, 0.5 - (Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) - size * 0.37)));
      const bg = gradient.map((c, k) => c + (WHITE[k] - c) * 0.12 * disc) as Rgb;
      const a = coverage(x + 0.5, y + 0.5, shapes);
      const rgb = bg.map((c, k) => Math.round(c + (WHITE[k] - c) * a)) as Rgb;
      setPixel(png, x, y, rgb, 255);
    }
  }
  return png;
}

/** 32x32 outline icon: pure white (#FFFFFF) with alpha only, background fully transparent. */
export function drawOutlineIcon(): PNG {
  const size = 32;
  const png = new PNG({ width: size, height: size });
  const shapes = spineShapes({
    size,
    count: 5,
    // 5 slots of 6 px from y=1 to y=31: 4 px vertebrae with 2 px gaps, edges on the pixel grid.
    top: 1 / 32,
    bottom: 31 / 32,
    swing: 0.04,
    halfWidthTop: 0.17,
    halfWidthBottom: 0.24,
    fill: 4 / 6,
    roundness: 0.5,
    tilt: 0.4,
  });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const a = coverage(x + 0.5, y + 0.5, shapes);
      // Every pixel is white; only the alpha changes (0 = background).
      setPixel(png, x, y, WHITE, Math.round(a * 255));
    }
  }
  return png;
}

export function writeIcons(dir: string): { color: string; outline: string } {
  const color = path.join(dir, 'color.png');
  const outline = path.join(dir, 'outline.png');
  fs.writeFileSync(color, PNG.sync.write(drawColorIcon(), { colorType: 6 }));
  fs.writeFileSync(outline, PNG.sync.write(drawOutlineIcon(), { colorType: 6 }));
  return { color, outline };
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  // The folder holding package.json, whether run from scripts/ (tsx) or from dist/scripts/.
  let root = __dirname;
  while (!fs.existsSync(path.join(root, 'package.json')) && path.dirname(root) !== root) root = path.dirname(root);
  const written = writeIcons(path.join(root, 'appPackage'));
  console.log(`Wrote ${path.relative(process.cwd(), written.color)} and ${path.relative(process.cwd(), written.outline)}`);
}
