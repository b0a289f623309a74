// Manifests: parsing, mapping, defaulting, validation and patching of API objects, with the exact
// messages of a v1.35 API server and kubectl v1.35.

export { parseManifests, splitYamlDocuments, objectKindErrors, type ParseResult } from './parse.ts';
export { yamlToJson, type YamlToJsonResult } from './yaml-decode.ts';
export {
  resolveKind,
  resolveManifestObject,
  lookupResourceType,
  type Mode,
  type ResolveResult,
  type LookupResult,
} from './resolve.ts';
export {
  RESOURCES,
  BOOK_ONLY_RESOURCES,
  UNSIMULATED_KINDS,
  resourcePrefix,
  formatResourceRef,
  type ResourceInfo,
} from './resources.ts';
export { applyDefaults, cloneJson, imageTag, type DefaultsOptions } from './defaults.ts';
export {
  validateObject,
  validateObjectDetailed,
  validateUpdate,
  validateUpdateDetailed,
  validationErrors,
  createErrorMessage,
  isDnsLabel,
  isDnsSubdomain,
  isDns1035Label,
  type ValidateOptions,
} from './validate.ts';
export {
  renderKubectlErrors,
  invalidError,
  badRequestError,
  clientError,
  serverError,
  requestInvalidError,
  type KubectlError,
} from './kubectl-errors.ts';
export { errorBody, fieldErrorText, type FieldError, type BadValue } from './field-errors.ts';
export {
  strategicMergePatch,
  mergePatch,
  jsonPatch,
  parsePatchArg,
  type PatchType,
  type PatchResult,
  type PatchArgResult,
} from './patch.ts';
export { checkDecode, strictDecodingMessage, type DecodeCheck } from './strict-decode.ts';
export { parseQuantity } from './quantity.ts';
export { goQuote } from './go-format.ts';
