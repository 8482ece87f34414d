/**
 * The strings of the pages an e-mail's link opens (confirm a sign-up, leave the newsletter):
 * part of the interface's strings, kept with their feature (as search's are) so that they load
 * with those pages only.
 */
export const linkStrings = {
  confirmTitle: 'Bekräfta din prenumeration',
  confirmIntro: (email: string) => `Tryck på knappen så börjar Rättslägets nyhetsbrev komma till ${email}.`,
  confirmButton: 'Bekräfta prenumerationen',
  confirmedTitle: 'Tack! Nu prenumererar du',
  confirmedIntro: (email: string) => `Nyhetsbrevet kommer till ${email}. Du kan avsluta när du vill via länken längst ner i varje utskick.`,
  leaveTitle: 'Avsluta prenumerationen',
  leaveIntro: (email: string) => `Tryck på knappen så slutar nyhetsbrevet komma till ${email}.`,
  leaveButton: 'Avsluta prenumerationen',
  leftTitle: 'Du har lämnat nyhetsbrevet',
  leftIntro: (email: string) => `${email} får inga fler utskick från oss.`,
  signUpAgain: 'Anmäl dig igen',
  regretted: 'Ångrade du dig?',
  toFrontPage: 'Till förstasidan',
  invalidTitle: 'Länken fungerar inte',
  invalidIntro: 'Länken är inte giltig: kanske kom den inte med hela vägen när den kopierades, eller så har adressen tagits bort. Anmäl dig igen så skickar vi en ny.',
  expiredTitle: 'Länken har slutat gälla',
  expiredIntro: 'Bekräftelselänkar gäller i 48 timmar, och den här är äldre än så (eller så har adressen lämnat nyhetsbrevet sedan den skickades). Anmäl dig igen så skickar vi en ny länk.',
  description: 'Bekräfta eller avsluta en prenumeration på Rättslägets nyhetsbrev.',
} as const;
