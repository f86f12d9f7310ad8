import type { Locale } from '../locale.js';

export const bandeau: Locale['bandeau'] = {
  region: 'Help with online procedures',
  titre: 'Having trouble doing a procedure online?',
  texte: (site?: string) =>
    site
      ? `For your procedure on ${site}, a digital adviser near you can explain how the website works. It is free.`
      : 'A digital adviser near you can explain how the website works. It is free.',
  action: 'Find help near me',
  fermer: 'Close this message',
};
