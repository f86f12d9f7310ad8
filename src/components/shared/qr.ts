/**
 * A QR code as an SVG path, for printed sheets (a person scans it to get back to the page). The generator
 * (lean-qr, MIT, ~2 KB gzip) is loaded on demand: only pages that print pay for it.
 */
export interface Qr {
  taille: number;
  /** Path data in module units, one unit square per dark module. */
  d: string;
}

export async function qrPour(texte: string): Promise<Qr> {
  const { generate } = await import('lean-qr/nano');
  const code = generate(texte);
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  }
  return { taille: code.size, d };
}
