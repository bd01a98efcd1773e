// npm run import -- [--format stix] <file>: see src/transfer/cli.ts and src/stix/cli.ts.
import { runStixImport } from '../src/stix';
import { runImport, stixRequested } from '../src/transfer/cli';

(stixRequested(process.argv.slice(2)) ? runStixImport : runImport)(process.argv.slice(2)).then((code) => process.exit(code));
