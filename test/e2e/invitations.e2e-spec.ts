import { describeInBrowser } from './support/browser-suite';
import { DEMO } from './support/demo-users';
import { openPage, waitForPage } from './support/page-ready';
import { screenshot } from './support/screenshots';
import { unique } from './support/unique';

describeInBrowser('Inviting an account', (suite) => {
  it('an administrator invites someone, whose link lets them set a password and sign in', async () => {
    const admin = await suite.newPage({ as: DEMO.admin });
    const id = unique();
    const name = `Noor Visser ${id}`;
    await openPage(admin, '/beheer/accounts');
    await admin.getByLabel('Naam').fill(name);
    await admin.getByLabel('E-mailadres').fill(`noor.${id}@cbs.nl`);
    await admin.getByLabel('Organisatie').selectOption({ label: 'CBS' });
    await admin.getByRole('button', { name: 'Uitnodigen' }).click();

    await admin.getByRole('heading', { name: `Uitnodigingslink voor ${name}` }).waitFor();
    const link = await admin.getByLabel('Uitnodigingslink').inputValue();
    expect(link).toMatch(/\/uitnodiging\/.+/);
    expect(await admin.getByRole('row', { name: new RegExp(name) }).textContent()).toContain(
      'Uitgenodigd',
    );
    await screenshot(admin, 'accounts-invitation-link');

    // The invited person opens the link in a browser of their own.
    const invited = await suite.newPage();
    await invited.goto(link);
    await waitForPage(invited);
    expect(await invited.locator('h1').textContent()).toBe('Uitnodiging accepteren');
    await invited.getByLabel('Nieuw wachtwoord').fill('een lange zin als wachtwoord');
    await invited.getByLabel('Herhaal het wachtwoord').fill('een andere zin als wachtwoord');
    await invited.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    await invited.getByRole('alert').getByText('De twee wachtwoorden zijn niet gelijk.').waitFor();

    await invited.getByLabel('Herhaal het wachtwoord').fill('een lange zin als wachtwoord');
    await invited.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    await invited.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
    expect(await invited.getByRole('region', { name: 'Uw account' }).textContent()).toContain(name);
    await screenshot(invited, 'invitation-accepted');

    // The link worked once; now it is spent.
    const again = await suite.newPage();
    await again.goto(link);
    await waitForPage(again);
    await again.getByLabel('Nieuw wachtwoord').fill('nog een lange zin als wachtwoord');
    await again.getByLabel('Herhaal het wachtwoord').fill('nog een lange zin als wachtwoord');
    await again.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    await again
      .getByText('Deze uitnodigingslink is ongeldig, al gebruikt of verlopen.', { exact: false })
      .waitFor();
  });
});
