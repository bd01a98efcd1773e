// npm run import:gdelt -- FILE...: see src/feeds/ and docs/feeds.md.
import { runImport } from '../src/transfer';

runImport(['--format', 'gdelt', ...process.argv.slice(2)]).then((code) => process.exit(code));
