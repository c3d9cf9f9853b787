/**
 * Why an export was refused (server/export, server/http/routes/export-routes.ts):
 * too many at once, no Chromium for PDF, a version that cannot be exported.
 */
import { defineCatalogue } from '../catalogue.js';

/** The export refusals of the HTTP API. */
export const serverExportErrors = defineCatalogue(
  'server-errors-export',
  {
    'export.inProgress': 'Your other exports are still being made; wait for them to finish, then export again.',
    'export.tooMany': 'You have made many exports in the last hour; try again in {count} seconds.',
    'pdf.unavailable':
      "PDF export needs Chromium, which was not found on this machine (looked at {tried}). Install it (Debian or Ubuntu: apt-get install chromium) or give its path with --chromium or POC_CHROMIUM. Word export works without it. Ask the server's administrator; meanwhile export to Word.",
    'pdf.timeout': "Printing the PDF took longer than {seconds} s, so it was abandoned. The document may be too long to print at once; export to Word, or ask the server's administrator.",
    'pdf.busy': 'The server is already printing {waiting} PDF exports, so this one was not started. Try again in a minute, or export to Word meanwhile.',
    'version.none': 'Document "{docId}" has no version "{version}". See its versions with GET /api/docs/{docId}/versions or on its history page.',
    'version.notADocument': 'Version "{version}" of "{docId}" cannot be read as a POC document, so it cannot be exported.',
    'version.otherId': 'Version "{version}" of "{docId}" says in its id field (poc-id) that it is "{id}", so it cannot be exported as "{docId}". Export another version.',
    'document.unreadable': '"{docId}" cannot be read as a POC document, so it cannot be exported. Open it in the editor to see why.',
  },
  {
    fr: {
      'export.inProgress': 'Vos autres exports sont encore en cours\u00a0; attendez qu’ils soient terminés, puis exportez de nouveau.',
      'export.tooMany': {
        one: 'Vous avez effectué de nombreux exports au cours de la dernière heure\u00a0; réessayez dans {count} seconde.',
        other: 'Vous avez effectué de nombreux exports au cours de la dernière heure\u00a0; réessayez dans {count} secondes.',
      },
      'pdf.unavailable':
        'L’export PDF nécessite Chromium, introuvable sur cette machine (emplacements examinés\u00a0: {tried}). Installez-le (Debian ou Ubuntu\u00a0: apt-get install chromium) ou indiquez son chemin avec --chromium ou POC_CHROMIUM. L’export Word fonctionne sans lui. Adressez-vous à l’administrateur du serveur\u00a0; en attendant, exportez vers Word.',
      'pdf.timeout': 'L’impression du PDF a pris plus de {seconds} s\u00a0; elle a donc été abandonnée. Le document est peut-être trop long pour être imprimé en une fois\u00a0; exportez vers Word, ou adressez-vous à l’administrateur du serveur.',
      'pdf.busy': 'Le serveur imprime déjà {waiting} exports PDF\u00a0; celui-ci n’a donc pas été lancé. Réessayez dans une minute, ou exportez vers Word en attendant.',
      'version.none': 'Le document «\u00a0{docId}\u00a0» n’a pas de version «\u00a0{version}\u00a0». Consultez ses versions avec GET /api/docs/{docId}/versions ou sur sa page d’historique.',
      'version.notADocument': 'La version «\u00a0{version}\u00a0» de «\u00a0{docId}\u00a0» ne peut pas être lue comme un document POC\u00a0; elle ne peut donc pas être exportée.',
      'version.otherId': 'La version «\u00a0{version}\u00a0» de «\u00a0{docId}\u00a0» indique dans son champ d’identifiant (poc-id) qu’elle est «\u00a0{id}\u00a0»\u00a0; elle ne peut donc pas être exportée sous le nom «\u00a0{docId}\u00a0». Exportez une autre version.',
      'document.unreadable': '«\u00a0{docId}\u00a0» ne peut pas être lu comme un document POC\u00a0; il ne peut donc pas être exporté. Ouvrez-le dans l’éditeur pour en voir la raison.',
    },
  },
);
