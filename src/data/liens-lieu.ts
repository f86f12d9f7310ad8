/**
 * Links the kit builds for a place (pure, no DOM): directions, « Signaler une erreur », SMS. Every piece of
 * data goes through URL encoding; links that come from the data itself are checked by `lienSur` elsewhere.
 */
import type { Lieu } from './types.js';

/** Directions to the place on OpenStreetMap (free, no account); by address when it has no coordinates. */
export function lienItineraire(l: Lieu): string {
  if (l.latitude !== undefined && l.longitude !== undefined) {
    const p = `${l.latitude.toFixed(5)},${l.longitude.toFixed(5)}`;
    return `https://www.openstreetmap.org/directions?route=${encodeURIComponent(';' + p)}#map=17/${l.latitude.toFixed(5)}/${l.longitude.toFixed(5)}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${l.adresse}, ${l.code_postal} ${l.commune}`)}`;
}

/**
 * « Signaler une erreur »: a `mailto:` with a subject and a body that name the place, to the address the
 * integrator gave (`contact@…` or `mailto:contact@…`), or the integrator's own form (`https://…`, with
 * `lieu=<id>` added). Undefined when nothing usable was configured.
 */
export function lienSignalement(
  cible: string | undefined,
  sujet: string,
  corps: string,
  idLieu: string,
): string | undefined {
  const c = cible?.trim();
  if (!c) return undefined;
  if (/^https?:\/\//i.test(c)) {
    try {
      const u = new URL(c);
      u.searchParams.set('lieu', idLieu);
      return u.href;
    } catch {
      return undefined;
    }
  }
  const adresse = c.replace(/^mailto:/i, '');
  if (!/^[^\s@:/?]+@[^\s@:/?]+\.[^\s@:/?]+$/.test(adresse)) return undefined;
  return `mailto:${adresse}?subject=${encodeURIComponent(sujet)}&body=${encodeURIComponent(corps)}`;
}

/** An `sms:` link with the text in its body; the person chooses the recipient in their messaging app. */
export function lienSms(texte: string): string {
  // `sms:?&body=` is read by both Android and iOS messaging apps.
  return `sms:?&body=${encodeURIComponent(texte)}`;
}
