using System.Globalization;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>An operation's static cost (IBM GraphQL cost specification): what running it may cost the server
/// (<see cref="FieldCost"/>) and how many objects its answer may hold (<see cref="TypeCost"/>).</summary>
public sealed record CostMetrics(double FieldCost, double TypeCost);

/// <summary>The outcome of <see cref="OperationCostAnalyzer.Analyze"/>: the metrics, and the errors of slicing
/// arguments that break a <c>@listSize(requireOneSlicingArgument: true)</c>.</summary>
public sealed record CostAnalysis(CostMetrics Metrics, IReadOnlyList<GraphQLError> Errors);

/// <summary>
/// Static cost analysis of a valid operation, before it runs (IBM GraphQL cost specification, with HotChocolate's
/// defaults). A field costs its <c>@cost</c> weight (else 1 when it returns an object, 0 for a leaf) plus the weights
/// of the arguments given that carry <c>@cost</c>, plus its selections' cost times the length of the list it returns.
/// That length comes from <c>@listSize</c>: the largest slicing argument given (a literal, or the variable's value), else
/// <c>slicingArgumentDefaultValue</c>, else <c>assumedSize</c>; with <c>sizedFields</c> the length belongs to those
/// fields of the returned object (a connection's <c>edges</c>/<c>nodes</c>) instead of the field itself. A list with no
/// <c>@listSize</c> counts <see cref="DefaultListSize"/> items. The type cost counts each object the answer may hold,
/// the root object included. Fragments are measured once per place kind (memoized), so the analysis is linear in the
/// document even when the operation it describes is exponential; introspection fields are left to their own rule.
/// Needs the request's variables, so it runs per request after validation (like graphql-cost-analysis, and like
/// HotChocolate's analyzer, which runs on coerced variables).
/// </summary>
public static class OperationCostAnalyzer
{
    /// <summary>HotChocolate's code for "one slicing argument is required".</summary>
    public const string OneSlicingArgumentRequiredCode = "HC0082";

    /// <summary>The length assumed for a list field without <c>@listSize</c>.</summary>
    public const int DefaultListSize = 10;

    public static CostAnalysis Analyze(
        GraphSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables)
    {
        var walker = new Walker(schema, document, operation, variables);
        var root = schema.GetRootType(operation.Operation);
        if (root is null)
            return new CostAnalysis(new CostMetrics(0, 0), []);
        var (fieldCost, typeCost) = walker.Measure(root, operation.SelectionSet, null);
        return new CostAnalysis(new CostMetrics(fieldCost, typeCost + 1), walker.Errors);
    }

    /// <summary>The length a <c>@listSize</c> with <c>sizedFields</c> hands to those fields of the returned object.</summary>
    private sealed record SizedFields(IReadOnlyList<string> Names, double Size);

    private sealed class Walker(GraphSchema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables)
    {
        private readonly Dictionary<(string Fragment, SizedFields? Sized), (double Field, double Type)> _fragments = [];
        private readonly HashSet<string> _entered = new(StringComparer.Ordinal);

        public List<GraphQLError> Errors { get; } = [];

        public (double Field, double Type) Measure(NamedType? parentType, SelectionSetNode selectionSet, SizedFields? sized)
        {
            double field = 0, type = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var (f, t) = selection switch
                {
                    FieldNode node => MeasureField(parentType, node, sized),
                    InlineFragmentNode inline => Measure(TypeConditionOr(inline.TypeCondition, parentType), inline.SelectionSet, sized),
                    FragmentSpreadNode spread => MeasureFragment(spread.Name.Value, sized),
                    _ => (0, 0),
                };
                field += f;
                type += t;
            }

            return (field, type);
        }

        private (double Field, double Type) MeasureFragment(string name, SizedFields? sized)
        {
            if (_fragments.TryGetValue((name, sized), out var known))
                return known;

            var fragment = document.Definitions.OfType<FragmentDefinitionNode>().FirstOrDefault(f => f.Name.Value == name);

            // A cycle (NoFragmentCyclesRule refuses it) or an unknown fragment adds nothing.
            if (fragment is null || !_entered.Add(name))
                return (0, 0);
            var cost = Measure(TypeConditionOr(fragment.TypeCondition, null), fragment.SelectionSet, sized);
            _entered.Remove(name);
            _fragments[(name, sized)] = cost;
            return cost;
        }

        private (double Field, double Type) MeasureField(NamedType? parentType, FieldNode node, SizedFields? sized)
        {
            if (parentType is null || node.Name.Value.StartsWith("__", StringComparison.Ordinal))
                return (0, 0);
            var definition = TypeInfo.GetFieldDefinition(schema, parentType, node.Name.Value);
            if (definition is null)
                return (0, 0);

            var returns = definition.Type.GetNamedType();
            var composite = returns.IsCompositeType();
            var weight = CostDirectives.WeightOf(definition.Directives) ?? (composite ? 1 : 0);
            foreach (var argument in node.Arguments)
            {
                if (definition.GetArgument(argument.Name.Value) is { } argumentDefinition && argument.Value is not NullValueNode)
                    weight += CostDirectives.WeightOf(argumentDefinition.Directives) ?? 0;
            }

            var listSize = CostDirectives.ListSizeOf(definition);
            double multiplier = 1;
            SizedFields? childSized = null;
            if (sized is not null && sized.Names.Contains(node.Name.Value))
            {
                multiplier = sized.Size;
            }
            else if (listSize is not null)
            {
                var size = SizeOf(listSize, node);
                if (listSize.SizedFields.Count > 0)
                    childSized = new SizedFields(listSize.SizedFields, size);
                else if (IsList(definition.Type))
                    multiplier = size;
            }
            else if (IsList(definition.Type))
            {
                multiplier = DefaultListSize;
            }

            var (childField, childType) = node.SelectionSet is null ? (0d, 0d) : Measure(returns, node.SelectionSet, childSized);
            return (weight + (multiplier * childField), composite ? multiplier * (1 + childType) : 0);
        }

        private double SizeOf(ListSizeSettings listSize, FieldNode node)
        {
            var given = new List<double>();
            foreach (var name in listSize.SlicingArguments)
            {
                var argument = node.Arguments.FirstOrDefault(a => a.Name.Value == name);
                if (argument is not null && ValueOf(argument.Value) is { } value)
                    given.Add(Math.Max(0, value));
            }

            if (listSize.RequireOneSlicingArgument && listSize.SlicingArguments.Count > 0 && given.Count != 1)
            {
                Errors.Add(new GraphQLError(
                    $"Exactly one slicing argument must be defined on \"{node.Name.Value}\": one of {string.Join(", ", listSize.SlicingArguments)}.",
                    node.Location is { } location ? [location] : null,
                    extensions: new Dictionary<string, object?> { ["code"] = OneSlicingArgumentRequiredCode }));
            }

            return given.Count > 0
                ? given.Max()
                : listSize.SlicingArgumentDefaultValue ?? listSize.AssumedSize ?? DefaultListSize;
        }

        /// <summary>A slicing argument's number: a literal, or the variable's value (else its default); null when absent or null.</summary>
        private double? ValueOf(ValueNode value)
        {
            switch (value)
            {
                case IntValueNode literal:
                    return double.Parse(literal.Value, CultureInfo.InvariantCulture);
                case VariableNode variable:
                    if (variables is not null && variables.TryGetValue(variable.Name.Value, out var given))
                        return given switch { long l => l, int i => i, double d => d, decimal m => (double)m, _ => null };
                    var declared = operation.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == variable.Name.Value);
                    return declared?.DefaultValue is { } fallback ? ValueOf(fallback) : null;
                default:
                    return null;
            }
        }

        private NamedType? TypeConditionOr(NamedTypeNode? condition, NamedType? fallback) =>
            condition is null ? fallback : schema.GetType(condition.Name.Value);

        private static bool IsList(GraphType type) => (type is NonNullType nonNull ? nonNull.OfType : type) is ListType;
    }
}
