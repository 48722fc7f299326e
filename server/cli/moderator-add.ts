// npm run moderator:add -- --email ann@example.com --role admin [--reset-password]
// npm run moderator:add -- --email rep@acme.example --role representative --companies acme-mobile,acme-broadband
// Adds a moderator (the first admin) or, with --reset-password, sets a locked-out account's password. The
// password comes from stdin or a hidden prompt, never from argv, where `ps` and shell history would show it.
import { parseArgs } from 'node:util';
import { openStore } from '../store-factory';
import { Email, MODERATOR_ROLES, NewPassword, type ModeratorRole } from '../contract/auth';
import { AppError } from '../domain/app-error';
import { addModerator, resetModeratorPassword } from '../domain/accounts/manage-moderators';
import { readConfig } from '../env';

const USAGE =
  'Usage: npm run moderator:add -- --email <email> [--role moderator|admin|representative] [--companies slug,slug] [--reset-password]  (password on stdin or prompt)';

/** Reads one line with echo off, asking twice so a typo does not lock the account out. */
async function promptHidden(question: string): Promise<string> {
  const { stdin, stderr } = process;
  stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          stderr.write('\n');
          resolve(typed);
          return;
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          reject(new Error('cancelled'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden('Password (at least 12 characters): ');
    const again = await promptHidden('Same password again: ');
    if (first !== again) throw new Error('The two passwords differ');
    return first;
  }
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  // The first line is the password: `printf '%s\n' "$PW" | npm run moderator:add …` must not keep the newline.
  return input.split(/\r?\n/)[0] ?? '';
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string', default: 'moderator' },
      companies: { type: 'string' },
      'reset-password': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const email = Email.safeParse(values.email);
  if (!email.success) throw new Error(`${USAGE}\n--email: give a valid email address`);
  if (!MODERATOR_ROLES.includes(values.role as ModeratorRole)) throw new Error(`${USAGE}\n--role: ${MODERATOR_ROLES.join(', ')}`);
  const companies = (values.companies ?? '')
    .split(',')
    .map((slug) => slug.trim())
    .filter(Boolean);
  if ((values.role === 'representative') !== companies.length > 0)
    throw new Error(`${USAGE}\n--companies: the company slugs a representative answers for, and only for a representative`);
  const password = NewPassword.safeParse(await readPassword());
  if (!password.success) throw new Error(password.error.issues[0]?.message ?? 'Invalid password');

  const config = readConfig();
  const store = await openStore(config);
  try {
    const account = values['reset-password']
      ? await resetModeratorPassword(store, email.data, password.data, Date.now())
      : await addModerator(
          store,
          null,
          { email: email.data, role: values.role as ModeratorRole, password: password.data, companies },
          Date.now(),
        );
    process.stdout.write(
      `${values['reset-password'] ? 'Password set for' : 'Added'} ${account.role} ${account.email} (id ${account.id})` +
        `${account.companies.length > 0 ? ` for ${account.companies.join(', ')}` : ''}\n`,
    );
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  const message = err instanceof AppError || err instanceof Error ? err.message : String(err);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
