export const nl = {
  signIn: {
    title: 'Inloggen',
    intro: 'Log in met het e-mailadres en wachtwoord van uw Ketenlab-account.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    wrongCredentials: 'Het e-mailadres of het wachtwoord klopt niet.',
    noAccount: 'Nog geen account? Een beheerder van uw organisatie kan u uitnodigen.',
  },
  invitation: {
    title: 'Uitnodiging accepteren',
    intro: 'Kies een wachtwoord voor uw Ketenlab-account. Daarna bent u meteen ingelogd.',
    password: 'Nieuw wachtwoord',
    passwordDescription:
      'Minstens {{min}} tekens. Een zin van een paar woorden is sterk en goed te onthouden.',
    repeat: 'Herhaal het wachtwoord',
    mismatch: 'De twee wachtwoorden zijn niet gelijk.',
    submit: 'Wachtwoord instellen en inloggen',
    alreadyUsed: 'Deze uitnodiging is al gebruikt. Log in met uw wachtwoord.',
  },
} as const;
