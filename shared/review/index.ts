/** Client review without accounts (issue 17): the review pack, its decisions file, and reading it back. */
export { buildReviewPack, packCsp, packData, packPosts, PACK_FORMAT, PACK_VERSION, type PackData, type ReviewPackInput } from './buildPack';
export {
  DECISIONS_FORMAT,
  DECISIONS_VERSION,
  DecisionsBodySchema,
  DecisionsFileSchema,
  clientCommentId,
  decisionsChecksum,
  sealDecisions,
  type DecisionComment,
  type DecisionsBody,
  type DecisionsFile,
  type PostDecision,
} from './decisions';
export { postRevision } from './revision';
export { PACK_STRINGS, type PackLanguage, type PackStrings } from './packStrings';
export {
  DECISIONS_PROBLEM_KEYS,
  nextApproval,
  readDecisions,
  type DecisionsPlan,
  type DecisionsProblem,
  type DecisionsProblemKey,
  type DecisionsReading,
  type DecisionsSummary,
  type PostUpdate,
  type ReadDecisionsOptions,
} from './readDecisions';
