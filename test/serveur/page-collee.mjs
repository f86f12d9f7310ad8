// Test-only server behaviour: « paste the configurator's code into an empty page ».
// - POST /test-page-collee/<clé> with the code as body: kept in memory under that key.
// - GET /test-page-collee/<clé>.html: an empty HTML page whose body is exactly that code, served like any page of
//   the integrator's site (real HTTP, real parsing by the browser: nothing is simulated).

const MAX_OCTETS = 200_000;
const pages = new Map();

function lireCorps(req) {
  return new Promise((resoudre, rejeter) => {
    const morceaux = [];
    let taille = 0;
    req.on('data', (m) => {
      taille += m.length;
      if (taille > MAX_OCTETS) {
        rejeter(new Error('trop grand'));
        req.destroy();
        return;
      }
      morceaux.push(m);
    });
    req.on('end', () => resoudre(Buffer.concat(morceaux).toString('utf8')));
    req.on('error', rejeter);
  });
}

export async function pageCollee(ctx, next) {
  const m = /^\/test-page-collee\/([\w-]{1,64})(\.html)?$/.exec(ctx.path);
  if (!m) return next();
  const [, cle, html] = m;
  if (ctx.method === 'POST' && !html) {
    try {
      pages.set(cle, await lireCorps(ctx.req));
    } catch {
      ctx.status = 413;
      ctx.body = 'trop grand';
      return;
    }
    ctx.status = 204;
    return;
  }
  if (ctx.method === 'GET' && html) {
    if (!pages.has(cle)) {
      ctx.status = 404;
      ctx.body = 'aucune page collée sous cette clé';
      return;
    }
    ctx.type = 'text/html; charset=utf-8';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page vide</title></head><body>${pages.get(cle)}</body></html>`;
    return;
  }
  return next();
}
