// npm run import -- <file>: see src/transfer/cli.ts.
import { runImport } from '../src/transfer';

runImport(process.argv.slice(2)).then((code) => process.exit(code));
