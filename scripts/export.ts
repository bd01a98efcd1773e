// npm run export -- --format json|ndjson [--out file]: see src/transfer/cli.ts.
import { runExport } from '../src/transfer';

runExport(process.argv.slice(2)).then((code) => process.exit(code));
