import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, type DemoUser } from './demo-users';

/** Signs a context in the quick way, through the API; the session cookie lands in the context. */
export async function signInThroughApi(context: BrowserContext, user: DemoUser): Promise<void> {
  const response = await context.request.post('/graphql', {
    data: {
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email: user.email, password: DEMO_PASSWORD } },
    },
  });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  if (!response.ok() || body.errors)
    throw new Error(`Sign-in of ${user.email} failed: ${JSON.stringify(body.errors)}`);
}

/** Signs in the way a person does, through the form. */
export async function signInThroughForm(page: Page, user: DemoUser): Promise<void> {
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}
