// Representatives for tests: an account granted companies through the real domain verb, signed in over real HTTP.
import { addModerator } from '../../server/domain/accounts/manage-moderators';
import { logIn, TEST_PASSWORD, type SignedIn } from './moderator';
import type { TestServer } from './server';

let next = 0;

export async function signInAsRepresentative(server: TestServer, companies: string[]): Promise<SignedIn> {
  const email = `representative-${process.pid}-${++next}@example.test`;
  const account = await addModerator(server.store, null, { email, role: 'representative', password: TEST_PASSWORD, companies }, Date.now());
  return logIn(server, { id: account.id, email, password: TEST_PASSWORD, role: 'representative' });
}
