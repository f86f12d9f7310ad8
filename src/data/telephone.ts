/**
 * Phone policy (one rule, documented in the README):
 * - accepted: a French number written nationally (`03 20 46 38 50`, dots, dashes or spaces), or
 *   internationally (`+33 3 20 46 38 50`, `0033…`, `+33 (0)3…`), including the overseas codes of the standard
 *   (+590, +594, +262, +596, +269, +687, +689, +508, +681); and French short numbers (`3646`, `3949`, `115`,
 *   `114`, `116006`);
 * - stored: E.164 without spaces (`+33320463850`), as the standard's pattern asks; short numbers as digits;
 * - shown: the national form people dial (`03 20 46 38 50`), linked as `tel:+33320463850`;
 * - several numbers in one field: the first valid one is kept, the others are set aside and reported;
 * - anything else: the field is set aside and reported; the place is kept.
 */

const CODES = ['33', '590', '594', '262', '596', '269', '687', '689', '508', '681'];

/** National overseas prefixes (dialled from mainland France) → country calling code. */
const OUTRE_MER: Record<string, string> = {
  '0590': '590', '0690': '590', '0691': '590',
  '0594': '594', '0694': '594',
  '0596': '596', '0696': '596', '0697': '596',
  '0262': '262', '0263': '262', '0692': '262', '0693': '262',
  '0269': '262', '0639': '262',
  '0508': '508',
};

const INTERNATIONAL = new RegExp(`^\\+(${CODES.join('|')})(\\d{6,9})$`);

/** Normalises one number; undefined when it does not follow the policy. */
const DEJA_NORMAL = /^\+33[1-9]\d{8}$/;

export function normaliserTelephone(input: string): string | undefined {
  // Already as we store it (every directory written by this kit, most national exports): nothing to do.
  if (DEJA_NORMAL.test(input)) return input;
  let s = input.replace(/[\s.\-\u00a0\u202f/]/g, '').replace(/^\+33\(0\)/, '+33').replace(/[()]/g, '');
  if (s.startsWith('00')) s = '+' + s.slice(2);
  // Short numbers: 3xxx services (3646 Assurance maladie, 3949 France Travail), 15 to 119 emergency and social
  // lines (114 for deaf people, 115), 116xxx European helplines.
  if (/^(3\d{3}|1[5-9]|11\d|116\d{3})$/.test(s)) return s;
  if (/^0[1-9]\d{8}$/.test(s)) {
    const code = OUTRE_MER[s.slice(0, 4)];
    return code ? `+${code}${s.slice(1)}` : `+33${s.slice(1)}`;
  }
  const m = INTERNATIONAL.exec(s);
  if (!m) return undefined;
  // `+33 0 3 20…`: a national 0 kept after the country code.
  if (m[1] === '33' && m[2]!.length === 10 && m[2]!.startsWith('0')) return `+33${m[2]!.slice(1)}`;
  if (m[1] === '33' && m[2]!.length !== 9) return undefined;
  return s;
}

/** The number as people dial it in France: `03 20 46 38 50`, `05 90 12 34 56`, `3646`. */
export function telephoneLisible(tel: string): string {
  if (!tel.startsWith('+')) return tel;
  for (const code of CODES) {
    if (tel.startsWith('+' + code)) {
      const rest = tel.slice(1 + code.length);
      if (code === '33' || (rest.length === 9 && Object.values(OUTRE_MER).includes(code))) {
        return ('0' + rest).replace(/(\d{2})(?=\d)/g, '$1 ');
      }
      return `+${code} ${rest.replace(/(\d{2})(?=\d)/g, '$1 ')}`;
    }
  }
  return tel;
}

/** `tel:` link target. */
export function lienTelephone(tel: string): string {
  return 'tel:' + tel;
}
