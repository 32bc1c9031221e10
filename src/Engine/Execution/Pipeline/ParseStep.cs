using Graph.Engine.Language;

namespace Graph.Engine.Execution;

/// <summary>Pipeline step 1: the query text to a document (§2); syntax errors become request errors.</summary>
public static class ParseStep
{
    public static DocumentNode? Parse(string query, out IReadOnlyList<GraphQLError> errors) => Parse(query, ParserOptions.Default, out errors);

    public static DocumentNode? Parse(string query, ParserOptions options, out IReadOnlyList<GraphQLError> errors)
    {
        using var activity = EngineActivities.Start("GraphQL Parse");
        try
        {
            errors = [];
            return Parser.Parse(query, options);
        }
        catch (GraphQLException exception)
        {
            errors = exception.Errors;
            EngineActivities.Failed(activity, errors.Count);
            return null;
        }
    }
}
