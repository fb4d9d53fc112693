import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  visit,
  type GraphQLNamedType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";

interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxPageSize: number;
  /** Directives in the whole document (each one is evaluated per field it sits on). */
  maxDirectives?: number;
}

/** No named operation uses more than a handful; a flood is refused before it runs. */
export const MAX_DIRECTIVES = 50;

const LIST_DEFAULT = 5;

/**
 * Validation rules that reject an operation before anything runs: nesting depth, number of
 * aliases, directives, and an estimated cost (each field 1, multiplied by the page size of every list above it).
 */
export function limitRules(limits: Limits) {
  return [(context: ValidationContext): ASTVisitor => checkOperation(context, limits)];
}

function checkOperation(context: ValidationContext, limits: Limits): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  // Apollo reports every validation error with code GRAPHQL_VALIDATION_FAILED; the message says which limit.
  const fail = (message: string) => context.reportError(new GraphQLError(message));

  return {
    Document(document) {
      let directives = 0;
      visit(document, { Directive: () => void (directives += 1) });
      const max = limits.maxDirectives ?? MAX_DIRECTIVES;
      if (directives > max) fail(`Query uses ${directives} directives; the limit is ${max}.`);
    },
    OperationDefinition(op) {
      if (op.operation !== "query") {
        fail(`This API is read-only: ${op.operation} operations are not accepted.`);
        return;
      }
      let aliases = 0;
      let maxDepth = 0;
      const schema = context.getSchema();
      const typeNamed = (name: string | undefined) => (name ? schema.getType(name) : undefined) ?? undefined;
      const walk = (
        set: SelectionSetNode,
        parent: GraphQLNamedType | undefined,
        depth: number,
        multiplier: number,
        seen: Set<string>,
      ): number => {
        let cost = 0;
        for (const sel of set.selections) {
          if (sel.kind === Kind.FIELD) {
            if (sel.alias) aliases += 1;
            if (sel.name.value.startsWith("__")) continue;
            maxDepth = Math.max(maxDepth, depth);
            const def =
              parent && (isObjectType(parent) || isInterfaceType(parent))
                ? parent.getFields()[sel.name.value]
                : undefined;
            // A connection's page size applies to its edges, which are then not multiplied again.
            const isConnection = def ? getNamedType(def.type).name.endsWith("Connection") : false;
            const isEdges = parent?.name.endsWith("Connection") ?? false;
            const isList = def ? isListType(getNullableType(def.type)) : !!sel.selectionSet;
            const size = isConnection || (isList && !isEdges) ? listSize(sel, limits.maxPageSize) : 1;
            cost += multiplier;
            if (sel.selectionSet) {
              cost += walk(
                sel.selectionSet,
                def ? getNamedType(def.type) : undefined,
                depth + 1,
                multiplier * size,
                seen,
              );
            }
          } else if (sel.kind === Kind.INLINE_FRAGMENT) {
            cost += walk(
              sel.selectionSet,
              typeNamed(sel.typeCondition?.name.value) ?? parent,
              depth,
              multiplier,
              seen,
            );
          } else {
            const name = sel.name.value;
            const fragment = fragments.get(name);
            if (!fragment || seen.has(name)) continue; // unknown or cyclic fragments are reported by the standard rules
            const on = typeNamed(fragment.typeCondition.name.value);
            cost += walk(fragment.selectionSet, on, depth, multiplier, new Set([...seen, name]));
          }
          if (cost > limits.maxCost * 10) return cost; // stop walking pathological documents early
        }
        return cost;
      };
      const root = op.operation === "query" ? schema.getQueryType() : (schema.getMutationType() ?? undefined);
      const cost = walk(op.selectionSet, root ?? undefined, 1, 1, new Set());
      if (maxDepth > limits.maxDepth)
        fail(`Query depth ${maxDepth} exceeds the limit of ${limits.maxDepth}.`);
      if (aliases > limits.maxAliases)
        fail(`Query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`);
      if (cost > limits.maxCost) fail(`Query cost ${cost} exceeds the limit of ${limits.maxCost}.`);
    },
  };
}

/** The number of items a field can return: its `first` argument when literal, else a default. */
function listSize(field: FieldNode, maxPageSize: number): number {
  const first = field.arguments?.find((a) => a.name.value === "first");
  if (first?.value.kind === Kind.INT) return Math.min(Number(first.value.value), maxPageSize);
  if (first) return maxPageSize; // a variable: assume the worst
  return LIST_DEFAULT;
}
