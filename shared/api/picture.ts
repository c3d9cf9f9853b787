/**
 * The mission picture over HTTP: `GET /api/picture` answers the picture
 * (shared/picture `MissionPicture`) of every document the caller can read,
 * computed on the server as of the mission's day, with the sign-off lists
 * filled from the server's verified sign-offs. The schema mirrors the
 * picture's types, so a client reads exactly what `missionPicture` returns.
 */
import * as z from '../zod.js';
import type { MissionPicture } from '../picture/index.js';

const RiskBandSchema = z.enum(['none', 'low', 'medium', 'high', 'extreme']);

/** The document an item belongs to (shared/picture `DocRef`). */
const DocRefSchema = z.object({ id: z.string(), title: z.string(), type: z.string(), path: z.optional(z.string()) });

/** A threat of some matrix placed in the mission's ranking (shared/picture `MissionThreat`). */
const MissionThreatSchema = z.object({
  doc: DocRefSchema,
  id: z.string(),
  section: z.string(),
  title: z.string(),
  sector: z.optional(z.string()),
  tier: z.optional(z.string()),
  phase: z.optional(z.string()),
  threatType: z.optional(z.string()),
  imminent: z.boolean(),
  likelihood: z.optional(z.number()),
  impact: z.optional(z.number()),
  risk: z.optional(z.number()),
  band: RiskBandSchema,
  priority: z.boolean(),
  matrixRank: z.optional(z.number()),
  missionRank: z.optional(z.number()),
});

const FacetOptionSchema = z.object({ value: z.string(), label: z.string(), count: z.number() });

/** One item of a list (shared/picture `PictureItem`). */
const PictureItemShape = {
  doc: DocRefSchema,
  block: z.optional(z.string()),
  section: z.optional(z.string()),
  field: z.optional(z.string()),
  title: z.string(),
  detail: z.string(),
  code: z.optional(z.string()),
};
const PictureItemSchema = z.object(PictureItemShape);
const SignoffItemSchema = z.object({ ...PictureItemShape, role: z.string(), office: z.string(), why: z.enum(['missing', 'rejected', 'stale']) });

/** The answer of `GET /api/picture`: the mission picture, and how many readable documents were left out (beyond the server's bound, or not readable as POC documents). */
export const PictureResponseSchema = z.object({
  picture: z.object({
    today: z.string(),
    documents: z.number(),
    signoffsKnown: z.number(),
    threats: z.array(MissionThreatSchema),
    facets: z.object({ sector: z.array(FacetOptionSchema), tier: z.array(FacetOptionSchema), phase: z.array(FacetOptionSchema), threatType: z.array(FacetOptionSchema) }),
    lists: z.object({
      reviewsOverdue: z.array(PictureItemSchema),
      actionsOverdue: z.array(PictureItemSchema),
      signoffsPending: z.array(SignoffItemSchema),
      signoffsStale: z.array(SignoffItemSchema),
      signoffsRejected: z.array(SignoffItemSchema),
      redGaps: z.array(PictureItemSchema),
      threatsWithoutAction: z.array(PictureItemSchema),
      objectivesWithoutResources: z.array(PictureItemSchema),
      pastValidity: z.array(PictureItemSchema),
    }),
  }),
  /** Readable documents that hold no POC document the server can read (empty, or broken content): left out, counted. */
  unreadable: z.number(),
  /** Readable documents beyond the server's bound (`PICTURE_DOCUMENT_LIMIT`), left out of the picture. */
  leftOut: z.number(),
});
export type PictureResponse = z.infer<typeof PictureResponseSchema>;

// The schema and the picture's own types must agree both ways: a field added to one and not the other fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agrees: Same<PictureResponse['picture'], MissionPicture> = true;
void agrees;
