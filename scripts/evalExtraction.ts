// npm run eval:extraction [-- FOLDER_OR_FILE...] [--json] [--verbose]: see src/evaluation/runEvalExtraction.ts.
import { runEvalExtraction } from '../src/evaluation';
import { extractClaims } from '../src/extract';

process.exitCode = runEvalExtraction(process.argv.slice(2), extractClaims);
