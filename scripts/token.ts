// npm run token -- --role viewer|analyst|admin [--sub name] [--expires 8h]: prints a development token.
import type { Role } from '../src/auth';
import { signDevToken } from '../src/auth';
import { loadConfig } from '../src/config';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};

signDevToken(loadConfig().auth, { role: (option('role') ?? 'analyst') as Role, subject: option('sub'), expiresIn: option('expires') })
  .then((token) => process.stdout.write(`${token}\n`))
  .catch((error: Error) => {
    process.stderr.write(`token: ${error.message}\n`);
    process.exit(2);
  });
