/**
 * A small RFC 4180 CSV reader (comma, double-quoted fields, `""` for a quote, newlines inside quotes, CRLF).
 * Written here rather than taken from a library: the standard's CSV needs only this, and the known readers
 * (Papa Parse ~7 KB gzip) would exceed the data entry's budget; it is loaded only when the input is CSV.
 */

/** Parses CSV text into rows of fields, with the 1-based line number where each row starts. */
export function lireCsv(text: string): { champs: string[]; ligne: number }[] {
  const rows: { champs: string[]; ligne: number }[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let field = '';
  let fields: string[] = [];
  let rowLine = 1;
  let quoted = false;
  let any = false;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      any = true;
      i++;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      any = true;
      i++;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      i++;
      if (any || field !== '') {
        fields.push(field);
        rows.push({ champs: fields, ligne: rowLine });
      }
      fields = [];
      field = '';
      any = false;
      line++;
      rowLine = line;
    } else {
      field += c;
      any = true;
      i++;
    }
  }
  if (any || field !== '') {
    fields.push(field);
    rows.push({ champs: fields, ligne: rowLine });
  }
  return rows;
}

/** Rows to records keyed by the header row; empty cells are left out. */
export function csvVersObjets(text: string): { objets: Record<string, string>[]; lignes: number[] } {
  const rows = lireCsv(text);
  const header = rows.shift();
  if (!header) return { objets: [], lignes: [] };
  const keys = header.champs.map((h) => h.trim());
  const objets: Record<string, string>[] = [];
  const lignes: number[] = [];
  for (const row of rows) {
    const o: Record<string, string> = {};
    row.champs.forEach((v, j) => {
      const k = keys[j];
      if (k && v !== '') o[k] = v;
    });
    objets.push(o);
    lignes.push(row.ligne);
  }
  return { objets, lignes };
}

/** One CSV cell: quoted when it holds a comma, a quote or a line break. */
export function celluleCsv(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
