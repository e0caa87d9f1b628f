import { describeInBrowser } from './support/browser-suite';
import { DEMO } from './support/demo-users';
import { openPage } from './support/page-ready';
import { screenshot } from './support/screenshots';
import { unique } from './support/unique';

describeInBrowser('Administration', (suite) => {
  it('an administrator adds an organisation and renames it, with checks on name and colour', async () => {
    const page = await suite.newPage({ as: DEMO.admin });
    const name = `Politie Voorbeeldstad ${unique()}`;
    await openPage(page, '/beheer/organisaties');

    await page.getByLabel('Naam').fill('CBS');
    await page.getByLabel('Kleur').fill('rood');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.getByRole('alert').getByText('Vul een kleur in als # met zes tekens').waitFor();

    await page.getByLabel('Kleur').fill('#004488');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    // The API's refusal lands next to the field it names, in Dutch.
    await page
      .getByRole('alert')
      .getByText('Er bestaat al een organisatie met deze naam.')
      .waitFor();

    await page.getByLabel('Naam').fill(name);
    await page.getByLabel('Soort').selectOption({ label: 'Ketenpartner' });
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.getByText(`Organisatie “${name}” is toegevoegd.`).waitFor();
    await page.getByRole('row', { name: new RegExp(name) }).waitFor();

    await page.getByRole('button', { name: `Bewerken ${name}` }).click();
    await page.getByRole('heading', { name: `${name} bewerken` }).waitFor();
    await page.getByLabel('Naam').fill(`${name} Noord`);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(`Organisatie “${name} Noord” is opgeslagen.`).waitFor();
    expect(
      await page.getByRole('row', { name: new RegExp(`${name} Noord`) }).textContent(),
    ).toContain('#004488');
    await screenshot(page, 'organisations-renamed');
  });

  it('an administrator reissues an invitation, grants and revokes rights, and switches an account off and on', async () => {
    const page = await suite.newPage({ as: DEMO.admin });
    const id = unique();
    const name = `Daan de Boer ${id}`;
    await openPage(page, '/beheer/accounts');
    await page.getByLabel('Naam').fill(name);
    await page.getByLabel('E-mailadres').fill(`daan.${id}@woonstichting-thuis.nl`);
    await page.getByLabel('Organisatie').selectOption({ label: 'Woonstichting Thuis' });
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    const first = await page.getByLabel('Uitnodigingslink').inputValue();

    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByRole('button', { name: `Nieuwe link ${name}` }).click();
    await page
      .getByText(`Er is een nieuwe uitnodigingslink voor ${name}; oudere links werken niet meer.`)
      .waitFor();
    expect(await page.getByLabel('Uitnodigingslink').inputValue()).not.toBe(first);

    await row.getByRole('button', { name: `Beheerder maken ${name}` }).click();
    await page.getByText(`${name} is nu beheerder.`).waitFor();
    await row.getByRole('button', { name: `Beheerrechten intrekken ${name}` }).click();
    await page.getByText(`${name} is geen beheerder meer.`).waitFor();

    await row.getByRole('button', { name: `Deactiveren ${name}` }).click();
    await page.getByText(`${name} is gedeactiveerd en kan niet meer inloggen.`).waitFor();
    expect(await row.textContent()).toContain('Gedeactiveerd');
    await row.getByRole('button', { name: `Heractiveren ${name}` }).click();
    await page.getByText(`${name} is weer actief.`).waitFor();
    expect(await row.textContent()).toContain('Uitgenodigd');
    await screenshot(page, 'accounts-after-changes');
  });
});
