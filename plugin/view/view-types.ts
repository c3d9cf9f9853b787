// The view types this plugin registers (also the keys of saved workspace layouts: never rename them).
export const POC_VIEW_TYPE = 'poc-document';
export const VALIDATION_VIEW_TYPE = 'poc-validation';
export const SIGNOFF_VIEW_TYPE = 'poc-signoffs';
export const COMMENTS_VIEW_TYPE = 'poc-comments';
export const PICTURE_VIEW_TYPE = 'poc-picture';
