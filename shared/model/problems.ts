/**
 * The content problems the model reader (`read.ts`) reports, worded once so
 * the editor and the server say the same thing about the same content.
 */
import type { ContentProblem } from './types.js';

type Where = Omit<ContentProblem, 'message'>;

/** Problem constructors, one per kind of content that does not fit the model. @internal */
export const problem = {
  outsideSection: (): ContentProblem => ({ message: 'Some content sits outside any section and is not part of the document model; move it into a section.' }),
  sectionWithoutId: (title: string): ContentProblem => ({ message: `A section${title ? ` titled "${title}"` : ''} has no id and cannot be matched to the template.` }),
  blockWithoutIdentity: (section: string, missing: 'id' | 'type'): ContentProblem => ({ message: `A typed block in section ${section} has no ${missing} and was skipped.`, section }),
  fieldOfWrongKind: (section: string, block: string, field: string): ContentProblem => ({ message: `Field "${field}" of block ${block} holds a value of the wrong kind and was ignored.`, section, block, field }),
  fieldWithoutName: (section: string, block: string): ContentProblem => ({ message: `Block ${block} has a field without a name, which was ignored.`, section, block }),
  reservedFieldName: (section: string, block: string, field: string): ContentProblem => ({ message: `Block ${block} has a field named "${field}", a name the block itself uses, which was ignored.`, section, block, field }),
  contentOutsideFields: (section: string, block: string): ContentProblem => ({ message: `Block ${block} holds content outside its fields, which was ignored.`, section, block }),
  duplicateShortField: (section: string, block: string, field: string, ignored: string): ContentProblem => ({
    message: `Field "${field}" of block ${block} was started twice at the same time; "${ignored}" was set aside. Copy what you need into the field.`,
    section,
    block,
    field,
  }),
  unexpectedContent: (where: Where, name: string): ContentProblem => ({ ...where, message: `Unexpected ${name} content here was ignored by validation (it is kept in the document).` }),
};
