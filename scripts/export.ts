// npm run export -- --format json|ndjson|stix [--out file]: see src/transfer/cli.ts and src/stix/cli.ts.
import { runStixExport } from '../src/stix';
import { runExport, stixRequested } from '../src/transfer/cli';

(stixRequested(process.argv.slice(2)) ? runStixExport : runExport)(process.argv.slice(2)).then((code) => process.exit(code));
