using Graph.Engine.Types;

namespace Graph.Engine.Data.Paging;

/// <summary>Paging errors with HotChocolate's messages, codes and extensions.</summary>
internal static class PagingErrors
{
    public static GraphQLException MaxPageSize(int requested, int max, string coordinate) => Error(
        "The maximum allowed items per page were exceeded.",
        "HC0051",
        coordinate,
        ("requestedItems", requested),
        ("maxAllowedItems", max));

    public static GraphQLException MinPageSize(int requested, string coordinate) => Error(
        "The requested number of values per page must be at least 0.",
        "HC0079",
        coordinate,
        ("requestedItems", requested));

    /// <summary>HotChocolate's keyset paging (ToPageAsync) refuses <c>first</c> with <c>last</c>, with this message.</summary>
    public static GraphQLException FirstAndLast(string coordinate) => Error(
        "You can specify either `first` or `last`, but not both as this can lead to unpredictable results.",
        "PAGINATION_FIRST_AND_LAST",
        coordinate);

    public static GraphQLException InvalidCursor(string argument, string cursor, string coordinate) => Error(
        $"The cursor specified in `{argument}` has an invalid format.",
        "HC0078",
        coordinate,
        ("argument", argument),
        ("cursor", cursor));

    private static GraphQLException Error(string message, string code, string coordinate, params (string Key, object? Value)[] extensions)
    {
        var values = new Dictionary<string, object?> { ["code"] = code, ["coordinate"] = coordinate };
        foreach (var (key, value) in extensions)
        {
            values[key] = value;
        }

        return new GraphQLException(new GraphQLError(message, extensions: values));
    }

    public static string Coordinate(ComplexType type, OutputField field) => type.Name + "." + field.Name;
}
