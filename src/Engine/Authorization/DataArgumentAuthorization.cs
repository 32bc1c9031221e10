using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Graph.Engine.Data;
using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Engine.Authorization;

/// <summary>
/// A <c>where</c>, an <c>order</c> or an aggregate tells about the rows a caller sees by a member's values even when
/// the member is not selected, so each member it reads must be readable by the caller for every row: its field's
/// <c>@authorize</c>s (with its type's) are checked without a row (<see cref="IResolverContext.Parent"/> null, so a
/// policy that needs the row refuses), and a refusal fails the data field with <c>AUTH_NOT_AUTHORIZED</c>.
/// </summary>
internal static class DataArgumentAuthorization
{
    private static readonly ConditionalWeakTable<GraphSchema, ConcurrentDictionary<DataMember, Guard?>> Guards = new();

    public static ValueTask CheckAsync(IResolverContext context, IReadOnlyList<DataMember> members)
    {
        if (members.Count == 0)
            return ValueTask.CompletedTask;
        var guards = Guards.GetValue(context.Schema, static _ => new());
        List<Guard>? applicable = null;
        foreach (var member in members)
        {
            if (guards.GetOrAdd(member, Find, context.Schema) is { } guard && !(applicable ??= []).Contains(guard))
                applicable.Add(guard);
        }

        return applicable is null ? ValueTask.CompletedTask : CheckAllAsync(new RowlessContext(context), applicable);
    }

    private static async ValueTask CheckAllAsync(IResolverContext context, List<Guard> guards)
    {
        foreach (var guard in guards)
        {
            try
            {
                await AuthorizationConvention.Check(context, guard.Directives, null);
            }
            catch (GraphQLException refused) when (refused.Errors is [{ Code: var code }])
            {
                throw new GraphQLException(
                    $"The current user is not authorized to filter, sort or aggregate by `{guard.Coordinate}`.",
                    code ?? AuthorizationSchema.NotAuthorizedCode);
            }
        }
    }

    private static Guard? Find(DataMember member, GraphSchema schema)
    {
        var type = schema.Types.OfType<ObjectType>().FirstOrDefault(t => t.RuntimeType == member.Owner);
        var field = type?.Fields.FirstOrDefault(f =>
            f.ContextData.TryGetValue(ClrSchemaFactory.MemberKey, out var value) && value is PropertyInfo p && p.Name == member.Property.Name);
        if (type is null || field is null)
            return null;
        var directives = type.Directives.Concat(field.Directives)
            .Where(d => d.Name == AuthorizeDirective.Name)
            .Select(AuthorizeDirective.FromApplied)
            .ToArray();
        return directives.Length == 0 ? null : new Guard(type.Name + "." + field.Name, directives);
    }

    private sealed record Guard(string Coordinate, AuthorizeDirective[] Directives);

    /// <summary>The data field's context with no row to decide on.</summary>
    private sealed class RowlessContext(IResolverContext inner) : IResolverContext
    {
        public object? Parent => null;

        public GraphSchema Schema => inner.Schema;

        public ObjectType ParentType => inner.ParentType;

        public OutputField Field => inner.Field;

        public IReadOnlyList<Language.FieldNode> FieldNodes => inner.FieldNodes;

        public Language.OperationDefinitionNode Operation => inner.Operation;

        public IReadOnlyDictionary<string, Language.FragmentDefinitionNode> Fragments => inner.Fragments;

        public IReadOnlyDictionary<string, object?> Variables => inner.Variables;

        public IReadOnlyDictionary<string, object?> Arguments => inner.Arguments;

        public ResponsePath Path => inner.Path;

        public IServiceProvider Services => inner.Services;

        public IDictionary<string, object?> ContextData => inner.ContextData;

        public CancellationToken RequestAborted => inner.RequestAborted;

        public T? ArgumentValue<T>(string name) => inner.ArgumentValue<T>(name);

        public IReadOnlyDictionary<string, IReadOnlyList<Language.FieldNode>> CollectSubfields(ObjectType objectType) => inner.CollectSubfields(objectType);

        public void ReportError(GraphQLError error) => inner.ReportError(error);
    }
}
