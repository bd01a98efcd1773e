// npm run import:acled -- FILE...: see src/feeds/ and docs/feeds.md.
import { runImport } from '../src/transfer';

runImport(['--format', 'acled', ...process.argv.slice(2)]).then((code) => process.exit(code));
