/**
 * Every catalogue of the product, for the test that proves each is complete in
 * every language and for tools that list the words (the browser test checks
 * visible text against the English of all of them). A new catalogue module is
 * listed here.
 */
import type { Catalogue } from './catalogue.js';
import { cliDocuments } from './messages/cli-documents.js';
import { apiClientWords } from './messages/api-client.js';
import { cliAdminHelp } from './messages/cli-admin-help.js';
import { cliHelp } from './messages/cli-help.js';
import { cliIdentity } from './messages/cli-identity.js';
import { cliOutput } from './messages/cli-output.js';
import { cliSignoffs } from './messages/cli-signoffs.js';
import { cliPeople } from './messages/cli-people.js';
import { cliServer } from './messages/cli-server.js';
import { common } from './messages/common.js';
import { editorWords } from './messages/editor.js';
import { editorChartWords } from './messages/editor-charts.js';
import { editorPanelWords } from './messages/editor-panels.js';
import { editorShareWords } from './messages/editor-share.js';
import { exportWords } from './messages/export.js';
import { pluginCommandWords } from './messages/plugin-commands.js';
import { pluginServerWords } from './messages/plugin-server.js';
import { pluginSettings } from './messages/plugin-settings.js';
import { pluginVaultWords } from './messages/plugin-vault.js';
import { pluginViewWords } from './messages/plugin-views.js';
import { serverErrors } from './messages/server-errors.js';
import { serverAuthErrors } from './messages/server-errors-auth.js';
import { serverBodyErrors } from './messages/server-errors-body.js';
import { serverDocErrors } from './messages/server-errors-docs.js';
import { serverExportErrors } from './messages/server-errors-export.js';
import { serverLiveErrors } from './messages/server-errors-live.js';
import { serverSignoffErrors } from './messages/server-errors-signoff.js';
import { serverSyncErrors } from './messages/server-errors-sync.js';
import { sharedDiffWords } from './messages/shared-diff.js';
import { sharedPictureWords } from './messages/shared-picture.js';
import { sharedSignoffWords } from './messages/shared-signoff.js';
import { sharedSsoWords } from './messages/shared-sso.js';
import { sharedValueWords } from './messages/shared-values.js';
import { validationDocument } from './messages/validation-document.js';
import { validationNames } from './messages/validation-names.js';
import { validationPlans } from './messages/validation-plans.js';
import { validationWorkflow } from './messages/validation-workflow.js';
import { webAdmin } from './messages/web-admin.js';
import { webAdminPeople } from './messages/web-admin-people.js';
import { webApp } from './messages/web-app.js';
import { webAuditKinds } from './messages/web-audit-kinds.js';
import { webDocument } from './messages/web-document.js';
import { webHome } from './messages/web-home.js';

/** All catalogues, by name (one per line, so that catalogues added in parallel merge cleanly). */
export const CATALOGUES: readonly Catalogue[] = [
  cliDocuments,
  apiClientWords,
  cliAdminHelp,
  cliHelp,
  cliIdentity,
  cliOutput,
  cliSignoffs,
  cliPeople,
  cliServer,
  common,
  editorWords,
  editorChartWords,
  editorPanelWords,
  editorShareWords,
  exportWords,
  pluginCommandWords,
  pluginServerWords,
  pluginSettings,
  pluginVaultWords,
  pluginViewWords,
  serverErrors,
  serverAuthErrors,
  serverBodyErrors,
  serverDocErrors,
  serverExportErrors,
  serverLiveErrors,
  serverSignoffErrors,
  serverSyncErrors,
  sharedDiffWords,
  sharedPictureWords,
  sharedSignoffWords,
  sharedSsoWords,
  sharedValueWords,
  validationDocument,
  validationNames,
  validationPlans,
  validationWorkflow,
  webAdmin,
  webAdminPeople,
  webApp,
  webAuditKinds,
  webDocument,
  webHome,
];
