using System.Text.Json;
using Graph.Engine.Execution;

namespace Graph.Server.Realtime;

/// <summary>Reads <c>{query, operationName, variables, extensions}</c> as the transports receive it.</summary>
internal static class GraphQLRequestReader
{
    /// <summary>The request, or null with a message saying what is wrong with it.</summary>
    public static ExecutionRequest? Read(JsonElement payload, out string? problem)
    {
        problem = null;
        if (payload.ValueKind != JsonValueKind.Object)
        {
            problem = "The payload must be an object";
            return null;
        }

        if (!payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            problem = "The payload must have a query string";
            return null;
        }

        string? operationName = null;
        if (payload.TryGetProperty("operationName", out var name))
        {
            if (name.ValueKind == JsonValueKind.String)
                operationName = name.GetString();
            else if (name.ValueKind != JsonValueKind.Null)
                problem = "operationName must be a string or null";
        }

        IReadOnlyDictionary<string, object?>? variables = null;
        if (payload.TryGetProperty("variables", out var variablesElement))
        {
            if (variablesElement.ValueKind == JsonValueKind.Object)
                variables = JsonValues.ObjectFromJsonElement(variablesElement);
            else if (variablesElement.ValueKind != JsonValueKind.Null)
                problem = "variables must be an object or null";
        }

        IReadOnlyDictionary<string, object?>? extensions = null;
        if (payload.TryGetProperty("extensions", out var extensionsElement))
        {
            if (extensionsElement.ValueKind == JsonValueKind.Object)
                extensions = JsonValues.ObjectFromJsonElement(extensionsElement);
            else if (extensionsElement.ValueKind != JsonValueKind.Null)
                problem = "extensions must be an object or null";
        }

        return problem is null ? new ExecutionRequest(query.GetString()!, operationName, variables) { Extensions = extensions } : null;
    }
}
