import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";

interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxPageSize: number;
  /** Directives in the whole operation, fragments included. */
  maxDirectives?: number;
}

/** No named operation uses more than a handful; a flood is refused before it runs. */
export const MAX_DIRECTIVES = 50;

/**
 * Items assumed for a list field that takes no `first` argument (a statement's evidence, an
 * evidence item's references, aliases, case facts): their length is set by the curated data, not
 * by the client, and is a handful in it. The response cap (MAX_RESPONSE_BYTES) catches an estimate
 * that turns out low.
 */
export const UNPAGED_LIST_SIZE = 5;

/**
 * graphql-armor reports by throwing unless told otherwise; here every rejection becomes a
 * validation error of the request (GRAPHQL_VALIDATION_FAILED), without armor's misleading
 * "Syntax Error:" prefix (the document parsed fine; it is over a limit).
 */
const report = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, "")));
const armor = { propagateOnRejection: false, exposeLimits: true, onReject: [report] };

/**
 * Validation rules that reject an operation before anything runs. Depth, aliases and directives
 * come from graphql-armor, which visits each fragment once (memoised), so a document of fragments
 * that each spread the next one twice costs time linear in its size. The token limit is Apollo's
 * own parser option (`parseOptions.maxTokens` in apollo.ts), the same check as armor's max-tokens
 * but applied before the document is even built.
 *
 * The cost rule is ours: armor's cost-limit gives every field a flat cost and knows nothing of
 * page sizes, so `entities { edges { node { claims { subject { claims ... } } } } }` without
 * `first` would pass it while returning tens of megabytes. Ours multiplies by each list's page
 * size, taken from the literal `first`, else the argument's default in the schema
 * (`first: Int = 50`), and memoises each fragment's cost so it too is linear in the document.
 */
export function limitRules(limits: Limits): ValidationRule[] {
  return [
    readOnlyRule,
    maxDepthRule({ ...armor, n: limits.maxDepth, flattenFragments: true }) as ValidationRule,
    maxAliasesRule({ ...armor, n: limits.maxAliases }) as ValidationRule,
    maxDirectivesRule({ ...armor, n: limits.maxDirectives ?? MAX_DIRECTIVES }) as ValidationRule,
    (context) => costRule(context, limits),
  ];
}

function readOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(op) {
      if (op.operation !== "query")
        context.reportError(
          new GraphQLError(`This API is read-only: ${op.operation} operations are not accepted.`),
        );
    },
  };
}

/** Counts how many times the cost walk entered a selection set: a test asserts it is linear. */
export const costWalkStats = { selectionSets: 0 };

function costRule(context: ValidationContext, limits: Limits): ASTVisitor {
  const schema = context.getSchema();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions)
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  // Cost of one instance of each fragment; IN_PROGRESS marks a cycle (reported by graphql-js's own rule).
  const IN_PROGRESS = -1;
  const fragmentCost = new Map<string, number>();
  const typeNamed = (name: string | undefined) => (name ? schema.getType(name) : undefined) ?? undefined;

  /** Cost of one instance of `set` under `parent`: each field 1, plus its children times its page size. */
  const cost = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): number => {
    costWalkStats.selectionSets += 1;
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith("__")) {
          total += 1; // __typename is cheap but not free: a flood of it is still work
          continue;
        }
        const def =
          parent && (isObjectType(parent) || isInterfaceType(parent))
            ? parent.getFields()[sel.name.value]
            : undefined;
        total += 1;
        if (sel.selectionSet) {
          const child = def ? getNamedType(def.type) : undefined;
          total += itemsOf(sel, def, parent, limits.maxPageSize) * cost(sel.selectionSet, child);
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        total += cost(sel.selectionSet, typeNamed(sel.typeCondition?.name.value) ?? parent);
      } else {
        const name = sel.name.value;
        const known = fragmentCost.get(name);
        if (known === IN_PROGRESS) continue;
        if (known !== undefined) {
          total += known;
          continue;
        }
        const fragment = fragments.get(name);
        if (!fragment) continue; // unknown fragments are reported by graphql-js's own rule
        fragmentCost.set(name, IN_PROGRESS);
        const value = cost(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value));
        fragmentCost.set(name, value);
        total += value;
      }
    }
    return total;
  };

  return {
    OperationDefinition(op) {
      if (op.operation !== "query") return;
      const total = cost(op.selectionSet, schema.getQueryType() ?? undefined);
      if (total > limits.maxCost)
        context.reportError(
          new GraphQLError(`Query cost ${formatCost(total)} exceeds the limit of ${limits.maxCost}.`),
        );
    },
  };
}

function formatCost(cost: number): string {
  return Number.isSafeInteger(cost) ? String(cost) : cost.toExponential(2);
}

/**
 * How many items a field returns at most: for a connection or a list, its `first` argument when
 * literal, the largest page when a variable, the schema's default for `first` when omitted. The
 * edges of a connection are its page, so they are not multiplied again.
 */
function itemsOf(
  field: FieldNode,
  def: GraphQLField<unknown, unknown> | undefined,
  parent: GraphQLNamedType | undefined,
  maxPageSize: number,
): number {
  if (!def) return 1;
  const isConnection = getNamedType(def.type).name.endsWith("Connection");
  const isEdges = parent?.name.endsWith("Connection") ?? false;
  const isList = isListType(getNullableType(def.type));
  if (!isConnection && (!isList || isEdges)) return 1;
  const firstArg = def.args.find((a) => a.name === "first");
  if (!firstArg) return UNPAGED_LIST_SIZE;
  const given = field.arguments?.find((a) => a.name.value === "first");
  if (given?.value.kind === Kind.INT) return Math.max(1, Math.min(Number(given.value.value), maxPageSize));
  if (given) return maxPageSize; // a variable: assume the worst
  return typeof firstArg.defaultValue === "number"
    ? Math.min(firstArg.defaultValue, maxPageSize)
    : maxPageSize;
}
