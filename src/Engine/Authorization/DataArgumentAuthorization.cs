using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Graph.Engine.Data;
using Graph.Engine.Data.Expressions;
using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Engine.Authorization;

/// <summary>
/// A <c>where</c>, an <c>order</c> or an aggregate tells about the rows a caller sees by a member's values even when
/// the member is not selected, so each member it reads is read as the caller may read it. Its field's
/// <c>@authorize</c>s (with its type's) are checked without a row (<see cref="IResolverContext.Parent"/> null); each
/// one refused there holds only on the rows of its <see cref="IAuthorizationHandler.RowCondition"/> (on none without
/// one), and the member is masked by the conjunction: null on every other row (<see cref="DataMemberMasks"/>). A member
/// without <c>@authorize</c> is read as it is.
/// </summary>
internal static class DataArgumentAuthorization
{
    private static readonly ConditionalWeakTable<GraphSchema, ConcurrentDictionary<DataMember, Guard?>> Guards = new();

    public static async ValueTask<DataMemberMasks> MasksAsync(IResolverContext context, IReadOnlyList<DataMember> members)
    {
        if (members.Count == 0)
            return DataMemberMasks.None;
        var guards = Guards.GetValue(context.Schema, static _ => new());
        Dictionary<PropertyInfo, LambdaExpression>? conditions = null;
        RowlessContext? rowless = null;
        foreach (var member in members.Distinct())
        {
            if (guards.GetOrAdd(member, Find, context.Schema) is not { } guard)
                continue;
            rowless ??= new RowlessContext(context);
            if (await ConditionAsync(rowless, guard, member.Owner).ConfigureAwait(false) is not { } condition)
                continue;
            conditions ??= [];
            // One property is one member of one type; were it reached as two, both conditions would have to hold.
            conditions[member.Property] = conditions.TryGetValue(member.Property, out var other)
                ? Expression.Lambda(Expression.AndAlso(condition.Body, ParameterReplacer.Inline(other, condition.Parameters[0])), condition.Parameters)
                : condition;
        }

        return conditions is null ? DataMemberMasks.None : new DataMemberMasks(conditions);
    }

    /// <summary>On which rows of <paramref name="owner"/> the caller passes every directive of the guard; null when on all.</summary>
    private static async ValueTask<LambdaExpression?> ConditionAsync(IResolverContext context, Guard guard, Type owner)
    {
        var handler = AuthorizationConvention.Handler(context);
        var row = Expression.Parameter(owner, "row");
        Expression? all = null;
        foreach (var directive in guard.Directives)
        {
            if (await handler.AuthorizeAsync(context, directive, null).ConfigureAwait(false) == AuthorizationResult.Allowed)
                continue;
            if (handler.RowCondition(context, directive) is not { } condition)
                return Expression.Lambda(Expression.Constant(false), row);
            var holds = ParameterReplacer.Inline(Check(condition, owner, guard), row);
            all = all is null ? holds : Expression.AndAlso(all, holds);
        }

        return all is null ? null : Expression.Lambda(all, row);
    }

    private static LambdaExpression Check(LambdaExpression condition, Type owner, Guard guard) =>
        condition is { Parameters: [var row], ReturnType: var result } && result == typeof(bool) && row.Type.IsAssignableFrom(owner)
            ? condition
            : throw new InvalidOperationException($"The row condition of an @authorize on {guard.Coordinate} is not a predicate over {owner.Name}: {condition}.");

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
