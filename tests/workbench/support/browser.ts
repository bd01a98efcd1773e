import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { WORKBENCH_DIST } from '../../../src/server/workbench';
import { projectRoot } from '../../../src/support';

/**
 * What the workbench's end-to-end tests share: the Vite build of ui/ (made when missing or older
 * than its sources), Debian's Chromium driven by playwright-core (never a downloaded browser), and
 * a look at screenshots' pixels.
 */

/** The Chromium binary: CHROMIUM_PATH, else `chromium` on the PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const which = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' });
  const found = which.status === 0 ? which.stdout.trim() : '';
  return found || '/usr/bin/chromium';
}

/** Launches Chromium headless, or fails saying how to install it: the suite never skips. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `expected Chromium at ${executablePath}, but there is none: install Debian's package with \`apt-get install chromium\` ` +
        '(or set CHROMIUM_PATH to a Chromium binary). The workbench tests never download a browser.',
    );
  }
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

const UI_DIR = path.join(projectRoot, 'ui');
const SCHEMA_DIR = path.join(projectRoot, 'schema');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale(): boolean {
  const index = path.join(WORKBENCH_DIST, 'index.html');
  if (!existsSync(index)) return true;
  // The build reads ui/ and the enums of schema/*.graphql.
  return Math.max(newestMtime(UI_DIR), newestMtime(SCHEMA_DIR)) > statSync(index).mtimeMs;
}

/**
 * Builds dist/ui with the same command as `npm run build:ui`, when it is missing or older than
 * ui/ or schema/. Test files run in parallel workers, so a lock folder lets one build while the
 * others wait. Vite runs in a child process: it is ESM with native bindings, which jest's module
 * sandbox is not the place for.
 */
export async function ensureWorkbenchBuilt(): Promise<void> {
  if (!buildIsStale()) return;
  const lock = path.join(projectRoot, 'dist', '.ui-build-lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock older than three minutes was left by a build that died.
      if (Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`expected the workbench build by another test worker to finish within 3 minutes, but ${lock} is still there`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (!buildIsStale()) return;
    const vite = path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
    const result = spawnSync(process.execPath, [vite, 'build', '--config', 'ui/vite.config.ts', '--logLevel', 'warn'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    if (result.status !== 0) {
      throw new Error(`expected \`vite build --config ui/vite.config.ts\` to build the workbench, but it failed:\n${result.stdout}\n${result.stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Where the tests write screenshots: WORKBENCH_SCREENSHOTS, else test-output/workbench/ (git-ignored). */
export function screenshotDir(): string {
  const dir = process.env.WORKBENCH_SCREENSHOTS ?? path.join(projectRoot, 'test-output', 'workbench');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface ImageStats {
  width: number;
  height: number;
  /** Share of pixels that differ clearly from the image's most common colour (its background). */
  inkRatio: number;
  /** Distinct colours, counted on a coarse 4-bit-per-channel grid. */
  colours: number;
}

/** Decodes a PNG in the page (no image library on the Node side) and measures how much it holds. */
export async function imageStats(page: Page, png: Buffer): Promise<ImageStats> {
  return page.evaluate(async (base64: string) => {
    const doc = (globalThis as unknown as { document: any }).document;
    const ImageCtor = (globalThis as unknown as { Image: any }).Image;
    const img = new ImageCtor();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = doc.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data: Uint8ClampedArray = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = ((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let most = 0;
    for (const n of counts.values()) most = Math.max(most, n);
    const pixels = data.length / 4;
    return { width: canvas.width as number, height: canvas.height as number, inkRatio: (pixels - most) / pixels, colours: counts.size };
  }, png.toString('base64'));
}
