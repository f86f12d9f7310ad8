/// <reference types="node" />
/**
 * Command line: `kit-inclusion importer <fichier> [-o annuaire.json]` and `kit-inclusion valider <fichier>`.
 * Reads our directory JSON, a JSON array of standard records or the standard's CSV, v0 or v1; prints the
 * report in French. Exit codes: 0 done; 1 unreadable input or bad usage (one line on stderr); 2 with
 * `--strict` when records were rejected.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chargerAnnuaire, ErreurFormat } from '../data/charger.js';
import type { Rapport } from '../data/types.js';
import { decrireAvertissement, decrireIssue, decrireRejet } from '../i18n/decrire.js';
import { accord, fr } from '../i18n/fr.js';

const AIDE = `Utilisation :
  kit-inclusion importer <fichier.csv|fichier.json|-> [-o annuaire.json] [--territoire "Nom"] [--tout] [--strict]
      Convertit un export national (CSV ou JSON, standard v0 ou v1) au format annuaire du kit
      et affiche le rapport. Sans -o, l'annuaire est écrit sur la sortie standard.
  kit-inclusion valider <fichier> [--tout] [--json] [--strict]
      Vérifie un fichier et affiche le rapport : lieux et ateliers gardés, refusés et pourquoi.

Options :
  --tout      affiche toutes les remarques (sinon : les 20 premières de chaque sorte)
  --json      écrit le rapport en JSON sur la sortie standard
  --strict    code de sortie 2 si un enregistrement est refusé
  -h, --aide  cette aide`;

class ErreurUsage extends Error {}

interface Arguments {
  commande: string;
  fichier?: string;
  sortie?: string;
  territoire?: string;
  tout: boolean;
  json: boolean;
  strict: boolean;
}

function lireArguments(argv: string[]): Arguments {
  const a: Arguments = { commande: argv[0] ?? '', tout: false, json: false, strict: false };
  for (let i = 1; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '-o' || x === '--sortie') a.sortie = argv[++i];
    else if (x === '--territoire') a.territoire = argv[++i];
    else if (x === '--tout') a.tout = true;
    else if (x === '--json') a.json = true;
    else if (x === '--strict') a.strict = true;
    else if (x.startsWith('-') && x !== '-') throw new ErreurUsage(`option inconnue : ${x}`);
    else if (a.fichier === undefined) a.fichier = x;
    else throw new ErreurUsage(`argument en trop : ${x}`);
  }
  return a;
}

/** The report as lines of French text. */
export function rapportEnTexte(r: Rapport, tout: boolean): string[] {
  const m = fr;
  const lignes: string[] = [];
  const format = { annuaire: 'annuaire du kit (JSON)', tableau: 'tableau de lieux (JSON)', csv: 'CSV du standard' }[r.format];
  lignes.push(`Format lu : ${format}`);
  const bilan = (lus: number, gardes: number, refuses: number) =>
    `${accord(lus, 'lu', 'lus')}, ${accord(gardes, 'gardé', 'gardés')}, ${accord(refuses, 'refusé', 'refusés')}`;
  lignes.push(`Lieux : ${bilan(r.lus.lieux, r.gardes.lieux, r.rejets.filter((x) => x.type === 'lieu').length)}`);
  lignes.push(`Ateliers : ${bilan(r.lus.ateliers, r.gardes.ateliers, r.rejets.filter((x) => x.type === 'atelier').length)}`);
  if (r.v0) lignes.push(`Enregistrements v0 convertis en v1 : ${r.v0}`);
  const doublons = r.avertissements.filter((a) => a.code === 'duplicate_id').length;
  if (doublons) lignes.push(`Identifiants en double (gardés une fois) : ${doublons}`);
  if (r.rejets.length) {
    lignes.push('', `Refusés (${r.rejets.length}) :`);
    for (const rj of tout ? r.rejets : r.rejets.slice(0, 50)) lignes.push('  - ' + decrireRejet(rj, m));
    if (!tout && r.rejets.length > 50) lignes.push(`  … et ${r.rejets.length - 50} autres (--tout pour tout voir)`);
  }
  if (r.avertissements.length) {
    lignes.push('', `Remarques sur des enregistrements gardés (${r.avertissements.length}) :`);
    const parCode = new Map<string, typeof r.avertissements>();
    for (const a of r.avertissements) {
      const k = `${a.code}|${a.champ ?? ''}`;
      parCode.set(k, [...(parCode.get(k) ?? []), a]);
    }
    for (const liste of parCode.values()) {
      const premier = liste[0]!;
      const titre = decrireIssue({ code: premier.code, champ: premier.champ }, m);
      lignes.push(`  ${liste.length} × ${titre}`);
      for (const a of tout ? liste : liste.slice(0, 20)) lignes.push('    - ' + decrireAvertissement(a, m));
      if (!tout && liste.length > 20) lignes.push(`    … et ${liste.length - 20} autres (--tout pour tout voir)`);
    }
  }
  if (!r.rejets.length && !r.avertissements.length) lignes.push(m.resume.toutBon);
  return lignes;
}

function lire(fichier: string): string {
  try {
    return readFileSync(fichier === '-' ? 0 : fichier, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const raison =
      code === 'ENOENT' ? 'fichier introuvable' : code === 'EISDIR' ? 'c’est un dossier, pas un fichier' : code === 'EACCES' ? 'lecture interdite' : String(code ?? e);
    throw new ErreurUsage(`impossible de lire ${fichier} : ${raison}`);
  }
}

const RAISONS_FORMAT: Record<ErreurFormat['code'], string> = {
  vide: 'le fichier est vide',
  json: 'JSON invalide',
  structure: 'ni un annuaire ({ "lieux": […] }), ni un tableau de lieux, ni un CSV',
  csv: 'CSV sans ligne de données',
};

export async function main(argv: string[]): Promise<number> {
  let a: Arguments;
  try {
    a = lireArguments(argv);
    if (a.commande === '-h' || a.commande === '--aide' || a.commande === '--help' || a.commande === 'aide') {
      console.log(AIDE);
      return 0;
    }
    if (a.commande !== 'importer' && a.commande !== 'valider') {
      throw new ErreurUsage(a.commande ? `commande inconnue : ${a.commande} (importer ou valider)` : 'commande manquante (importer ou valider) ; --aide pour l’aide');
    }
    if (!a.fichier) throw new ErreurUsage('fichier manquant');
    const texte = lire(a.fichier);
    let resultat;
    try {
      resultat = await chargerAnnuaire(texte);
    } catch (e) {
      if (e instanceof ErreurFormat) {
        throw new ErreurUsage(`${a.fichier} illisible : ${RAISONS_FORMAT[e.code]}${e.code === 'json' ? ` (${e.message})` : ''}`);
      }
      throw e;
    }
    const { annuaire, rapport } = resultat;
    if (a.territoire) annuaire.territoire = { ...annuaire.territoire, nom: a.territoire };
    // The report goes to stderr when the directory itself goes to stdout.
    const versSortie = a.commande === 'importer' && !a.sortie;
    const afficher = (s: string) => (versSortie ? console.error(s) : console.log(s));
    if (a.json && !versSortie) console.log(JSON.stringify(rapport, null, 2));
    else for (const l of rapportEnTexte(rapport, a.tout)) afficher(l);
    if (a.commande === 'importer') {
      const json = JSON.stringify(annuaire, null, 2) + '\n';
      if (a.sortie) {
        writeFileSync(a.sortie, json);
        afficher(`Annuaire écrit : ${a.sortie} (${rapport.gardes.lieux} lieux, ${rapport.gardes.ateliers} ateliers)`);
      } else process.stdout.write(json);
    }
    return a.strict && rapport.rejets.length ? 2 : 0;
  } catch (e) {
    if (e instanceof ErreurUsage) {
      console.error(`kit-inclusion : ${e.message}`);
      return 1;
    }
    console.error(`kit-inclusion : erreur inattendue : ${(e as Error).message}`);
    return 1;
  }
}
