/** The invitation message, in Dutch with an English translation below (the account's language is not chosen yet). */
export function invitationMail(name: string, url: string, expiresAt: Date) {
  const until = expiresAt.toISOString().slice(0, 10);
  return {
    subject: 'Uitnodiging voor Ketenlab / Invitation to Ketenlab',
    text: [
      `Beste ${name},`,
      '',
      'Je bent uitgenodigd voor Ketenlab. Kies via deze link je wachtwoord:',
      url,
      `De link werkt één keer en is geldig tot ${until}.`,
      '',
      '---',
      '',
      `Dear ${name},`,
      '',
      'You have been invited to Ketenlab. Choose your password through this link:',
      url,
      `The link works once and is valid until ${until}.`,
    ].join('\n'),
  };
}
