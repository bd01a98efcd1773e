import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from './args';
import { notesFileFor, renderMarkdown, type Results } from './report';
import { RESULTS_DIR } from './run';

/**
 * `node dist/bench/render.js --scale medium`: rewrites bench/results/<scale>.md from its .json and
 * the hand-written <scale>.notes.md (findings added after the run), without measuring again.
 */
const args = parseArgs(process.argv.slice(2));
const scale = args.scale ?? 'small';
const results = JSON.parse(readFileSync(path.join(RESULTS_DIR, `${scale}.json`), 'utf8')) as Results;
writeFileSync(path.join(RESULTS_DIR, `${scale}.md`), renderMarkdown(results, notesFileFor(RESULTS_DIR, scale)));
console.log(`[bench] rendered bench/results/${scale}.md`);
