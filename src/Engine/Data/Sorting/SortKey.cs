using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data.Sorting;

/// <summary>
/// One ORDER BY term: a member path and its direction. A masked term (<see cref="Mask"/>, over the entity: whether the
/// caller reads the member on that row) sorts, and goes into cursors, as null on the rows the mask does not hold for.
/// </summary>
public sealed record SortKey(MemberPath Path, bool Descending, LambdaExpression? Mask = null)
{
    /// <summary>The sorted value's type: the path's, nullable when masked.</summary>
    public Type Type => Mask is null ? Path.Type : DataMemberMasks.Lifted(Path.Type);

    public bool IsNullable => Mask is not null || Path.IsNullable;

    /// <summary>The value sorted by on <paramref name="instance"/>: <c>x.A.B</c>, or <c>mask(x) ? x.A.B : null</c>.</summary>
    public Expression Access(Expression instance) => Mask is null
        ? Path.Access(instance)
        : DataMemberMasks.Masked(ParameterReplacer.Inline(Mask, instance), Path.Access(instance));
}
