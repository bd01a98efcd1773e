import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { GoldArticle } from './goldArticle';
import { validateGoldArticle } from './validateGoldArticle';

export interface GoldFile {
  file: string;
  article: GoldArticle;
}

export interface GoldFiles {
  /** The articles that passed validation, in file-name order. */
  articles: GoldFile[];
  /** One line per problem: "file.json: facts[3].predicate: expected one of ..., but got ...". */
  errors: string[];
}

/**
 * Reads gold articles from files and folders (a folder gives its *.json files, in name order). A file
 * that is missing, not JSON or invalid is reported and skipped; the others are kept. A second file
 * with an id already read is an error.
 */
export function readGoldFiles(paths: readonly string[]): GoldFiles {
  const articles: GoldFile[] = [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const file of expand(paths, errors)) {
    const name = path.basename(file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      errors.push(`${name}: expected a JSON file, but got ${(error as Error).message}`);
      continue;
    }
    const { article, errors: problems } = validateGoldArticle(json, name.replace(/\.json$/, ''));
    for (const problem of problems) errors.push(`${name}: ${problem}`);
    if (!article) continue;
    const other = seen.get(article.id);
    if (other) {
      errors.push(`${name}: id: expected an id no other file has, but got ${JSON.stringify(article.id)} (also in ${other})`);
      continue;
    }
    seen.set(article.id, name);
    articles.push({ file, article });
  }
  return { articles, errors };
}

function expand(paths: readonly string[], errors: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(p).isDirectory();
    } catch {
      errors.push(`${p}: expected a gold file or a folder of them, but it does not exist`);
      continue;
    }
    if (!isDirectory) files.push(p);
    else {
      const names = readdirSync(p).filter((n) => n.endsWith('.json')).sort();
      if (names.length === 0) errors.push(`${p}: expected *.json gold files in this folder, but found none`);
      files.push(...names.map((n) => path.join(p, n)));
    }
  }
  return files;
}
