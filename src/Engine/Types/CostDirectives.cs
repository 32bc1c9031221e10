using System.Globalization;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// The IBM GraphQL cost specification's <c>@cost</c> and <c>@listSize</c>, declared as HotChocolate declares them
/// (a weight is a string holding a number; <c>slicingArgumentDefaultValue</c> is HotChocolate's addition for a page
/// size that applies when no slicing argument is given). The operation cost analysis reads them back from the schema.
/// </summary>
public static class CostDirectives
{
    public const string Cost = "cost";

    public const string ListSize = "listSize";

    /// <summary>The weight HotChocolate gives a resolver that does I/O (a database read, a write).</summary>
    public const double ResolverWeight = 10;

    /// <summary>A fresh definition per schema (definitions belong to the schema that declares them).</summary>
    public static DirectiveDefinition CreateCostDefinition() => new(Cost)
    {
        Description = "Gives a type, field or argument a weight that the static cost analysis adds for each place it may occur in an operation (IBM GraphQL cost specification).",
        Locations =
        [
            DirectiveLocation.Scalar, DirectiveLocation.Object, DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition, DirectiveLocation.Enum, DirectiveLocation.InputFieldDefinition,
        ],
        Arguments = [new InputValue("weight", new NonNullType(Scalars.String)) { Description = "The weight, a number written as a string." }],
    };

    public static DirectiveDefinition CreateListSizeDefinition() => new(ListSize)
    {
        Description = "Tells the static cost analysis how long the list a field returns can be: a fixed size, or the value of one of its arguments (IBM GraphQL cost specification).",
        Locations = [DirectiveLocation.FieldDefinition],
        Arguments =
        [
            new InputValue("assumedSize", Scalars.Int) { Description = "The most items the list holds when no slicing argument decides." },
            new InputValue("slicingArguments", new ListType(new NonNullType(Scalars.String))) { Description = "Arguments whose value is the length of the list." },
            new InputValue("slicingArgumentDefaultValue", Scalars.Int) { Description = "The length when none of the slicing arguments is given." },
            new InputValue("sizedFields", new ListType(new NonNullType(Scalars.String))) { Description = "Fields of the returned object whose lists the size applies to, instead of the field itself (a connection's edges and nodes)." },
            new InputValue("requireOneSlicingArgument", new NonNullType(Scalars.Boolean))
            {
                Description = "Whether exactly one slicing argument must be given.",
                DefaultValue = new BooleanValueNode(true),
            },
        ],
    };

    public static AppliedDirective CreateCost(double weight) =>
        new(Cost, [Argument("weight", new StringValueNode(weight.ToString(CultureInfo.InvariantCulture)))]);

    public static AppliedDirective CreateListSize(ListSizeSettings settings)
    {
        var arguments = new List<ArgumentNode>();
        if (settings.AssumedSize is { } assumed)
            arguments.Add(Argument("assumedSize", Int(assumed)));
        if (settings.SlicingArguments.Count > 0)
            arguments.Add(Argument("slicingArguments", Strings(settings.SlicingArguments)));
        if (settings.SlicingArgumentDefaultValue is { } fallback)
            arguments.Add(Argument("slicingArgumentDefaultValue", Int(fallback)));
        if (settings.SizedFields.Count > 0)
            arguments.Add(Argument("sizedFields", Strings(settings.SizedFields)));
        arguments.Add(Argument("requireOneSlicingArgument", new BooleanValueNode(settings.RequireOneSlicingArgument)));
        return new AppliedDirective(ListSize, arguments);
    }

    /// <summary>The weight a <c>@cost</c> on <paramref name="directives"/> gives; null without one.</summary>
    public static double? WeightOf(IReadOnlyList<AppliedDirective> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name == Cost && Find(directive, "weight") is StringValueNode { Value: var text }
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                return weight;
            }
        }

        return null;
    }

    /// <summary>The field's <c>@listSize</c>; null without one.</summary>
    public static ListSizeSettings? ListSizeOf(OutputField field)
    {
        ListSizeSettings? settings = null;
        foreach (var directive in field.Directives)
        {
            if (directive.Name != ListSize)
                continue;
            settings = new ListSizeSettings
            {
                AssumedSize = Find(directive, "assumedSize") is IntValueNode assumed ? int.Parse(assumed.Value, CultureInfo.InvariantCulture) : null,
                SlicingArguments = StringsOf(Find(directive, "slicingArguments")),
                SlicingArgumentDefaultValue = Find(directive, "slicingArgumentDefaultValue") is IntValueNode fallback ? int.Parse(fallback.Value, CultureInfo.InvariantCulture) : null,
                SizedFields = StringsOf(Find(directive, "sizedFields")),
                RequireOneSlicingArgument = Find(directive, "requireOneSlicingArgument") is not BooleanValueNode { Value: false },
            };
        }

        return settings;
    }

    private static ValueNode? Find(AppliedDirective directive, string name) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;

    private static string[] StringsOf(ValueNode? value) => value switch
    {
        ListValueNode list => [.. list.Values.OfType<StringValueNode>().Select(s => s.Value)],
        StringValueNode single => [single.Value],
        _ => [],
    };

    private static ArgumentNode Argument(string name, ValueNode value) => new(new NameNode(name), value);

    private static IntValueNode Int(int value) => new(value.ToString(CultureInfo.InvariantCulture));

    private static ListValueNode Strings(IReadOnlyList<string> values) => new([.. values.Select(v => (ValueNode)new StringValueNode(v))]);
}

/// <summary>The arguments of one <c>@listSize</c>.</summary>
public sealed record ListSizeSettings
{
    public int? AssumedSize { get; init; }

    public IReadOnlyList<string> SlicingArguments { get; init; } = [];

    public int? SlicingArgumentDefaultValue { get; init; }

    public IReadOnlyList<string> SizedFields { get; init; } = [];

    public bool RequireOneSlicingArgument { get; init; } = true;
}
