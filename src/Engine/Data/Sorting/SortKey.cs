using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data.Sorting;

/// <summary>One ORDER BY term: a member path and its direction.</summary>
public sealed record SortKey(MemberPath Path, bool Descending);
