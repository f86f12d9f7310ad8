/**
 * Bidi isolation of a text from the data (a place's name, a commune) inside a sentence of the messages: in
 * Arabic, « France Services (Tourcoing) » keeps its order and its brackets, and the sentence around it too.
 * FSI … PDI (Unicode 6.3): the same as `<bdi>` where only a string can go (an `aria-label`, a spoken text).
 */
export const isoler = (s: string): string => `\u2068${s}\u2069`;
