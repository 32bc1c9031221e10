using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;
using Graph.Persistence.Access;
using Graph.Persistence.Identity;

namespace Graph.Schema.Authorization;

/// <summary>
/// Who reads one type (<c>Pet</c>) or one field (<c>Pet.medicalHistory</c>): <see cref="Roles"/> always, and, when
/// there is a <see cref="Condition"/>, anyone for whom it holds on the row at hand (<see cref="ConditionText"/> says
/// it in words). No roles and no condition: any signed-in caller. <see cref="IsPublic"/>: anyone, signed in or not.
/// </summary>
public sealed record FieldAccess(
    string Coordinate,
    IReadOnlyList<Role> Roles,
    string? ConditionText = null,
    Type? EntityType = null,
    LambdaExpression? Condition = null,
    bool IsPublic = false)
{
    public bool IsType => !Coordinate.Contains('.');

    public string TypeName => IsType ? Coordinate : Coordinate[..Coordinate.IndexOf('.')];

    public string? FieldName => IsType ? null : Coordinate[(Coordinate.IndexOf('.') + 1)..];

    /// <summary>The name of the <c>@authorize(policy:)</c> a conditional rule is checked by: its coordinate.</summary>
    public string? PolicyName => Condition is null ? null : Coordinate;

    /// <summary>The condition for one viewer, <c>(T row) =&gt; bool</c>, the viewer a constant whose members EF reads into parameters.</summary>
    public LambdaExpression? ConditionFor(DataViewer viewer) => Condition is null ? null : Bind(Condition, viewer);

    /// <summary>A rule's condition <c>(T row, DataViewer viewer) =&gt; bool</c> for one viewer: <c>(T row) =&gt; bool</c>, the viewer
    /// a constant whose members EF reads into parameters.</summary>
    public static LambdaExpression Bind(LambdaExpression condition, DataViewer viewer) =>
        Expression.Lambda(ParameterReplacer.Replace(condition.Body, condition.Parameters[1], Expression.Constant(viewer)), condition.Parameters[0]);

    /// <summary>Whether <paramref name="viewer"/> reads it whatever the row (roles, or signed in when none are named).</summary>
    public bool AllowsWithoutRow(DataViewer viewer) =>
        IsPublic || (Roles.Count == 0 && Condition is null ? viewer.Unrestricted || viewer.UserId != Guid.Empty : viewer.HasAny([.. Roles]));
}
