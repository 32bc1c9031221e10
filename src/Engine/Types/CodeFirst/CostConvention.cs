using System.Reflection;
using Graph.Engine.Data;

namespace Graph.Engine.Types;

/// <summary>
/// Puts HotChocolate's cost defaults into the schema as <c>@cost</c>/<c>@listSize</c>, so that clients read the same
/// weights the server enforces: a paged data field is sized by <c>first</c>/<c>last</c> (or <c>take</c>), falling back
/// to its default page size, never more than its page-size cap, and applies the size to its page's lists; an unpaged
/// data field is assumed to hold at most its cap; a connection's <c>groups</c> is sized by its <c>first</c> like a page; data fields, mutation fields and resolvers that await I/O weigh
/// <see cref="CostDirectives.ResolverWeight"/>. Weights written by hand (an existing <c>@cost</c>) are kept.
/// </summary>
public sealed class CostConvention : ISchemaConvention
{
    public void Apply(SchemaConventionContext context)
    {
        foreach (var type in context.Types.OfType<ComplexType>())
        {
            var isMutation = type.Name == OperationTypeNames.Mutation;
            foreach (var field in type.Fields)
            {
                if (field.Name.StartsWith("__", StringComparison.Ordinal))
                    continue;

                var data = DataField.Of(field);
                if (data is not null && CostDirectives.ListSizeOf(field) is null)
                    context.AddDirective(field, CostDirectives.CreateListSize(ListSize(data)));

                // A connection's groups: sized by `first`, one query.
                var groups = field.ContextData.TryGetValue(Data.Aggregates.AggregateGroupTypeFactory.LimitsKey, out var limits) && limits is (int, int);
                if (groups && CostDirectives.ListSizeOf(field) is null)
                {
                    var (byDefault, max) = ((int, int))limits!;
                    context.AddDirective(field, CostDirectives.CreateListSize(new ListSizeSettings
                    {
                        AssumedSize = max,
                        SlicingArguments = ["first"],
                        SlicingArgumentDefaultValue = byDefault,
                        RequireOneSlicingArgument = false,
                    }));
                }

                if (CostDirectives.WeightOf(field.Directives) is null && (data is not null || groups || isMutation || AwaitsIo(field)))
                    context.AddDirective(field, CostDirectives.CreateCost(CostDirectives.ResolverWeight));
            }
        }
    }

    private static ListSizeSettings ListSize(DataField data) => data.PageType is null
        ? new ListSizeSettings { AssumedSize = data.MaxPageSize, RequireOneSlicingArgument = false }
        : data.EdgeType is not null
            ? new ListSizeSettings
            {
                AssumedSize = data.MaxPageSize,
                SlicingArguments = ["first", "last"],
                SlicingArgumentDefaultValue = data.DefaultPageSize,
                SizedFields = ["edges", "nodes"],
                RequireOneSlicingArgument = false,
            }
            : new ListSizeSettings
            {
                AssumedSize = data.MaxPageSize,
                SlicingArguments = ["take"],
                SlicingArgumentDefaultValue = data.DefaultPageSize,
                SizedFields = ["items"],
                RequireOneSlicingArgument = false,
            };

    private static bool AwaitsIo(OutputField field)
    {
        if (!field.ContextData.TryGetValue(ClrSchemaFactory.MemberKey, out var member) || member is not MethodInfo method)
            return false;
        var returns = method.ReturnType;
        return returns == typeof(Task) || returns == typeof(ValueTask)
            || (returns.IsGenericType && returns.GetGenericTypeDefinition() is var definition
                && (definition == typeof(Task<>) || definition == typeof(ValueTask<>) || definition == typeof(IAsyncEnumerable<>)));
    }
}

/// <summary>Registers <c>@cost</c> and <c>@listSize</c> and the <see cref="CostConvention"/>.</summary>
public static class CostSchemaBuilderExtensions
{
    /// <summary>Add after the conventions that create data fields (<c>AddData</c>), so it sees them.</summary>
    public static SchemaBuilder AddCostDirectives(this SchemaBuilder builder) => builder
        .AddDirective(CostDirectives.CreateCostDefinition())
        .AddDirective(CostDirectives.CreateListSizeDefinition())
        .AddConvention(new CostConvention());
}
