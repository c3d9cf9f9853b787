/**
 * Every catalogue of the product, for the test that proves each is complete in
 * every language and for tools that list the words (the browser test checks
 * visible text against the English of all of them). A new catalogue module is
 * listed here.
 */
import type { Catalogue } from './catalogue.js';
import { common } from './messages/common.js';
import { validationDocument } from './messages/validation-document.js';
import { validationNames } from './messages/validation-names.js';
import { validationPlans } from './messages/validation-plans.js';
import { validationWorkflow } from './messages/validation-workflow.js';

/** All catalogues, by name. */
export const CATALOGUES: readonly Catalogue[] = [common, validationNames, validationDocument, validationWorkflow, validationPlans];
