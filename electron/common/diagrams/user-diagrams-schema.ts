import '../zod-no-eval';
import * as z from 'zod';
import { COMPUTE_OPTION_IDS } from '../compute-options';

/**
 * The user's own diagram work, saved with the profile: edits to an option's
 * generated diagram, kept as changes relative to it (by the generator's
 * stable ids) so that a new estimate still redraws the counts and types, and
 * diagrams of the user's own. A profile from disk is untrusted: every id,
 * icon name and label is checked here, and labels are only ever drawn as text.
 */

/** The largest diagram text the app draws; a saved diagram is held to the same. */
export const DIAGRAM_SOURCE_MAX_CHARS = 64 * 1024;
export const DIAGRAM_LABEL_MAX = 200;
export const DIAGRAM_LINES_MAX = 8;
export const DIAGRAM_PARTS_MAX = 200;
export const DIAGRAM_EDGES_MAX = 500;
export const EXTRA_DIAGRAMS_MAX = 12;
export const DIAGRAM_TITLE_MAX = 120;

/** AWS architecture-icon groups, the container services' clusters, and AWS's generic group. */
export const DIAGRAM_GROUP_KINDS = [
  'aws-cloud',
  'region',
  'vpc',
  'availability-zone',
  'public-subnet',
  'private-subnet',
  'auto-scaling-group',
  'ecs-cluster',
  'eks-cluster',
  'batch-environment',
  'lightsail',
  'generic',
] as const;

export type DiagramGroupKind = (typeof DIAGRAM_GROUP_KINDS)[number];

export const DIAGRAM_DIRECTIONS = ['LR', 'TB', 'RL', 'BT'] as const;
export type DiagramDirection = (typeof DIAGRAM_DIRECTIONS)[number];

/** Words Mermaid reads as statements: as an id they would end a group or start a command. */
const RESERVED_IDS = new Set([
  'end',
  'subgraph',
  'graph',
  'flowchart',
  'class',
  'classdef',
  'click',
  'style',
  'linkstyle',
  'direction',
  'acctitle',
  'accdescr',
  'call',
  'href',
  'callback',
  'default',
]);

export const diagramIdSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'must be a letter followed by letters, digits or _ (at most 64)')
  .refine((id) => !RESERVED_IDS.has(id.toLowerCase()), 'is a word Mermaid reserves');

export const diagramIconSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not an icon name');

// Drawn as text, never parsed as markup; control characters would break the line.
const CONTROL_OR_LONE_SURROGATE = /[\p{Cc}\p{Cs}]/u;
export const diagramTextSchema = z
  .string()
  .max(DIAGRAM_LABEL_MAX, `must be at most ${DIAGRAM_LABEL_MAX} characters`)
  .refine((text) => !CONTROL_OR_LONE_SURROGATE.test(text), 'must not contain control characters');

/** A label line of a generated node: the user's own words, or "the generated line n", which follows the estimate. */
export const labelLineSchema = z.union([
  diagramTextSchema,
  z
    .object({
      generated: z
        .int()
        .min(0)
        .max(DIAGRAM_LINES_MAX - 1),
    })
    .strict(),
]);
export type LabelLine = z.output<typeof labelLineSchema>;

const edgeSchema = z
  .object({
    from: diagramIdSchema,
    to: diagramIdSchema,
    label: diagramTextSchema.optional(),
    style: z.enum(['solid', 'dashed']),
  })
  .strict();

const edgeEndsSchema = z.object({ from: diagramIdSchema, to: diagramIdSchema }).strict();

const groupChangeSchema = z
  .object({
    id: diagramIdSchema,
    label: diagramTextSchema.optional(),
    kind: z.enum(DIAGRAM_GROUP_KINDS).optional(),
    /** null: taken out of every group. */
    parent: diagramIdSchema.nullable().optional(),
  })
  .strict();

const nodeChangeSchema = z
  .object({
    id: diagramIdSchema,
    /** null: drawn as a plain box instead of an icon. */
    icon: diagramIconSchema.nullable().optional(),
    lines: z.array(labelLineSchema).max(DIAGRAM_LINES_MAX).optional(),
    group: diagramIdSchema.nullable().optional(),
  })
  .strict();

const addedGroupSchema = z
  .object({
    id: diagramIdSchema,
    kind: z.enum(DIAGRAM_GROUP_KINDS),
    label: diagramTextSchema,
    parent: diagramIdSchema.optional(),
  })
  .strict();

const addedNodeSchema = z
  .object({
    id: diagramIdSchema,
    icon: diagramIconSchema.optional(),
    lines: z.array(diagramTextSchema).max(DIAGRAM_LINES_MAX),
    group: diagramIdSchema.optional(),
  })
  .strict();

const parts = <T extends z.ZodType>(schema: T, max = DIAGRAM_PARTS_MAX) =>
  z.array(schema).max(max, `at most ${max}`).default([]);

export const diagramEditsSchema = z
  .object({
    direction: z.enum(DIAGRAM_DIRECTIONS).optional(),
    /** Generated groups and nodes the user renamed, re-iconed or moved, by id. */
    changed: z
      .object({ groups: parts(groupChangeSchema), nodes: parts(nodeChangeSchema) })
      .strict()
      .default({ groups: [], nodes: [] }),
    /** The user's own groups, nodes and arrows, in drawing order. */
    added: z
      .object({
        groups: parts(addedGroupSchema),
        nodes: parts(addedNodeSchema),
        edges: parts(edgeSchema, DIAGRAM_EDGES_MAX),
      })
      .strict()
      .default({ groups: [], nodes: [], edges: [] }),
    /** Generated parts the user took out. */
    removed: z
      .object({
        groups: parts(diagramIdSchema),
        nodes: parts(diagramIdSchema),
        edges: parts(edgeEndsSchema, DIAGRAM_EDGES_MAX),
      })
      .strict()
      .default({ groups: [], nodes: [], edges: [] }),
  })
  .strict()
  // Held to the limit of the text it becomes: a saved diagram is not a way around it.
  .refine(
    (edits) => JSON.stringify(edits).length <= DIAGRAM_SOURCE_MAX_CHARS,
    `is larger than ${DIAGRAM_SOURCE_MAX_CHARS / 1024} KB`,
  );

export type DiagramEdits = z.output<typeof diagramEditsSchema>;

export const extraDiagramIdSchema = z.string().regex(/^[a-z0-9]{1,32}$/, 'not a diagram id');

export const extraDiagramSchema = z
  .object({
    id: extraDiagramIdSchema,
    title: diagramTextSchema
      .pipe(z.string().trim().min(1, 'a title is required'))
      .pipe(z.string().max(DIAGRAM_TITLE_MAX, `must be at most ${DIAGRAM_TITLE_MAX} characters`)),
    /** The option whose generated diagram it starts from and follows; null for a blank one. */
    basedOn: z.enum(COMPUTE_OPTION_IDS).nullable(),
    edits: diagramEditsSchema,
  })
  .strict();

export type ExtraDiagram = z.output<typeof extraDiagramSchema>;

export const profileDiagramsSchema = z
  .object({
    /** Edits to the options' generated diagrams; an option left out is drawn as generated. */
    edited: z.partialRecord(z.enum(COMPUTE_OPTION_IDS), diagramEditsSchema).default({}),
    extra: z
      .array(extraDiagramSchema)
      .max(EXTRA_DIAGRAMS_MAX, `at most ${EXTRA_DIAGRAMS_MAX} diagrams`)
      .default([])
      .refine((list) => new Set(list.map((d) => d.id)).size === list.length, 'two diagrams have the same id'),
  })
  .strict();

export type ProfileDiagrams = z.output<typeof profileDiagramsSchema>;

export const NO_USER_DIAGRAMS: ProfileDiagrams = Object.freeze({ edited: {}, extra: [] }) as ProfileDiagrams;

export function emptyEdits(): DiagramEdits {
  return {
    changed: { groups: [], nodes: [] },
    added: { groups: [], nodes: [], edges: [] },
    removed: { groups: [], nodes: [], edges: [] },
  };
}

export function hasUserDiagrams(diagrams: ProfileDiagrams | undefined): boolean {
  return !!diagrams && (Object.keys(diagrams.edited).length > 0 || diagrams.extra.length > 0);
}
