// The operator demo pages (demo/bandeau*.html) carry the banner's reservation inline, as a site would in its own
// stylesheet (no extra request): it must be exactly the rules of reserve.css, the ones the layout-shift test measures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const regles = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();

test('les pages de démonstration du bandeau réservent sa place avec les règles de reserve.css', () => {
  const reserve = regles(readFileSync('src/components/bandeau-aide-demarche/reserve.css', 'utf8'));
  for (const page of ['demo/bandeau.html', 'demo/bandeau-code-postal.html']) {
    const style = regles(/<style>([\s\S]*?)<\/style>/.exec(readFileSync(page, 'utf8'))?.[1] ?? '');
    assert.ok(style.endsWith(reserve), `${page} : les règles de réservation diffèrent de reserve.css`);
  }
});
