import type { CodegenConfig } from "@graphql-codegen/cli";

/** Resolver types generated from the SDL, parents typed by the query layer's rows; `npm run codegen:check` fails in CI when they drift. */
const config: CodegenConfig = {
  schema: "schema/*.graphql",
  generates: {
    "schema/generated/resolvers.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        contextType: "../../server/context.ts#Context",
        // Resolver parents are the query layer's rows (store/rows.ts); other types map to themselves.
        mappers: {
          Entity: "../../store/rows.ts#EntityRow",
          Alias: "../../store/rows.ts#AliasRow",
          Locus: "../../store/rows.ts#LocusRow",
          Statement: "../../store/rows.ts#StatementRow",
          Evidence: "../../store/rows.ts#EvidenceRow",
          CitationVerdict: "../../store/rows.ts#CitationVerdictRow",
          Condition: "../../store/rows.ts#ConditionRow",
          Publication: "../../store/rows.ts#PublicationRow",
          Case: "../../store/rows.ts#CaseRow",
          CaseFact: "../../store/rows.ts#CaseFactRow",
          Regimen: "../../store/rows.ts#RegimenRow",
          RegimenComponent: "../../store/rows.ts#RegimenComponentRow",
          Study: "../../store/rows.ts#StudyRow",
          Outcome: "../../store/rows.ts#OutcomeRow",
          Conflict: "../../store/rows.ts#ConflictRow",
          ConflictValue: "../../store/rows.ts#ConflictValueRow",
          MechanismPath: "../../store/rows.ts#MechanismPathRow",
          PathStep: "../../store/rows.ts#PathStepRow",
          NeighbourGroup: "../../store/rows.ts#NeighbourGroupRow",
          SearchResults: "../../store/rows.ts#SearchResultsRow",
          Suggestion: "../../store/rows.ts#SuggestionRow",
        },
        enumsAsTypes: true,
        avoidOptionals: false,
        maybeValue: "T | null | undefined",
      },
    },
  },
};
export default config;
