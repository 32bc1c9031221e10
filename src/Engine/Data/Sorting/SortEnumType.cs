namespace Graph.Engine.Data.Sorting;

/// <summary>HotChocolate's <c>SortEnumType</c>: <c>ASC</c>, <c>DESC</c>.</summary>
public enum SortEnumType
{
    Asc,
    Desc,
}
