// Headless Chromium has no speech voice, so « Écouter » never shows there. The tests stand in a voice of the
// device (the real Web Speech API cannot run here) and record what would be spoken. Used by the tests of every
// element with « Écouter » (test/elements/diag-autonomie.test.ts, test/i18n/*.test.ts).

/** What was handed to `speechSynthesis.speak()`. */
export interface Enonce {
  text: string;
  lang: string;
  voice?: { name: string; lang: string };
  onend?: () => void;
  onerror?: () => void;
}

interface Voix {
  lang: string;
  localService: boolean;
  name: string;
}

/**
 * Installs `speechSynthesis` with these voices (a language tag gives one voice of the device in it) and a plain
 * `SpeechSynthesisUtterance` (the real one only takes a real voice). `retirer()` puts the browser's own back.
 */
export function fausseVoix(voix: string | Voix[]) {
  const voix_ = typeof voix === 'string' ? [{ lang: voix, localService: true, name: `voix ${voix}` }] : voix;
  const dits: Enonce[] = [];
  let arrets = 0;
  const g = globalThis as unknown as Record<string, unknown>;
  const avant = { s: Object.getOwnPropertyDescriptor(g, 'speechSynthesis'), u: Object.getOwnPropertyDescriptor(g, 'SpeechSynthesisUtterance') };
  Object.defineProperty(g, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => voix_.map((v) => ({ voiceURI: v.name, default: false, ...v })),
      speak: (u: Enonce) => dits.push(u),
      // As browsers do: the utterance being spoken ends (« interrupted ») when speech is cancelled.
      cancel: () => {
        arrets++;
        dits.at(-1)?.onerror?.();
      },
      addEventListener: () => {},
      removeEventListener: () => {},
    },
  });
  Object.defineProperty(g, 'SpeechSynthesisUtterance', {
    configurable: true,
    writable: true,
    value: class {
      voice: unknown;
      lang = '';
      constructor(public text: string) {}
    },
  });
  return {
    dits,
    get arrets() {
      return arrets;
    },
    retirer() {
      for (const [nom, d] of [['speechSynthesis', avant.s], ['SpeechSynthesisUtterance', avant.u]] as const) {
        if (d) Object.defineProperty(g, nom, d);
        else delete g[nom];
      }
    },
  };
}
