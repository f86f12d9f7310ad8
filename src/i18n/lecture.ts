import { html, nothing, type ReactiveController } from 'lit';
import type { KitElement } from '../base/kit-element.js';

const synthese = (): SpeechSynthesis | undefined => globalThis.speechSynthesis;

/**
 * « Écouter »: reads a text aloud with a voice of this device in the element's language (Web Speech API).
 * Only voices the device speaks itself (`localService`): an online voice would send the text to the
 * browser's maker. No such voice for the language: no button, and no error.
 */
export class Lecture implements ReactiveController {
  enCours = false;

  constructor(private readonly hote: KitElement) {
    hote.addController(this);
  }

  private maj = () => this.hote.requestUpdate();

  hostConnected(): void {
    synthese()?.addEventListener?.('voiceschanged', this.maj);
  }

  hostDisconnected(): void {
    synthese()?.removeEventListener?.('voiceschanged', this.maj);
    this.arreter();
  }

  /** A voice of this device for the element's language (« ar-SA » for ar…), or undefined. */
  voix(): SpeechSynthesisVoice | undefined {
    const l = this.hote.code;
    return synthese()
      ?.getVoices()
      .find((v) => v.localService && v.lang.toLowerCase().split(/[-_]/)[0] === l);
  }

  lire(textes: string[]): void {
    const s = synthese();
    const voix = this.voix();
    if (!s || !voix) return;
    if (this.enCours) return this.arreter();
    s.cancel();
    const enonce = new SpeechSynthesisUtterance(textes.filter(Boolean).join('. '));
    enonce.voice = voix;
    enonce.lang = voix.lang;
    enonce.onend = enonce.onerror = () => {
      this.enCours = false;
      this.hote.requestUpdate();
    };
    this.enCours = true;
    this.hote.requestUpdate();
    s.speak(enonce);
  }

  arreter(): void {
    if (!this.enCours) return;
    synthese()?.cancel();
    this.enCours = false;
    this.hote.requestUpdate();
  }

  /** The « Écouter » button for these texts, or nothing when the device has no voice for the language. */
  bouton(textes: string[], m: { ecouter: string; arreter: string }, classe = 'bouton-secondaire') {
    if (!this.voix()) return nothing;
    return html`<button type="button" class="${classe} ecouter" aria-pressed=${this.enCours ? 'true' : 'false'}
      @click=${() => this.lire(textes)}>${this.enCours ? m.arreter : m.ecouter}</button>`;
  }
}
