using System.Text.Json;
using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Server.Errors;
using Graph.Server.Execution;

namespace Graph.Server.Transports;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters (<c>query</c>, <c>operationName</c>, <c>variables</c>,
/// <c>extensions</c>) from a JSON body or a query string, checking their JSON types: a request that breaks them
/// is refused (400) before anything runs.
/// </summary>
public static class GraphQLRequestParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>The longest <c>operationName</c> accepted; a longer one is refused without being echoed back.</summary>
    public const int MaxOperationNameLength = 1024;

    /// <summary>A POST body: one request object, or (when <paramref name="allowBatch"/>) an array of them.</summary>
    public static bool TryParseBody(
        ReadOnlyMemory<byte> body, bool allowBatch, int maxBatchSize, out IReadOnlyList<GraphQLRequest> requests, out bool isBatch, out GraphQLError? error)
    {
        requests = [];
        isBatch = false;
        if (body.IsEmpty)
        {
            error = Error("The request body is empty; send a JSON object with a \"query\".", ServerErrorCodes.QueryMissing);
            return false;
        }

        // JSON must be UTF-8 (RFC 8259); a reader would only find a broken sequence when a string is decoded.
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            error = Error("The request body is not valid UTF-8.", ServerErrorCodes.JsonSyntaxError);
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException exception)
        {
            error = Error($"The request body is not valid JSON: {exception.Message}", ServerErrorCodes.JsonSyntaxError);
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
                return TryParseBatch(root, allowBatch, maxBatchSize, out requests, out isBatch, out error);

            if (!TryParseRequest(root, out var request, out error))
                return false;
            requests = [request];
            return true;
        }
    }

    /// <summary>A GET request's query string; <c>variables</c> and <c>extensions</c> are URL-encoded JSON.</summary>
    public static bool TryParseQueryString(IQueryCollection parameters, out GraphQLRequest request, out GraphQLError? error)
    {
        request = null!;
        if (!TrySingle(parameters, "query", out var query, out error)
            || !TrySingle(parameters, "id", out var documentId, out error)
            || !TrySingle(parameters, "operationName", out var operationName, out error)
            || !TrySingle(parameters, "variables", out var variables, out error)
            || !TrySingle(parameters, "extensions", out var extensions, out error))
        {
            return false;
        }

        if (!TryParseJsonMap(variables, "variables", out var variableValues, out error)
            || !TryParseJsonMap(extensions, "extensions", out var extensionValues, out error))
        {
            return false;
        }

        if (string.IsNullOrEmpty(query) && !NamesPersistedDocument(documentId, extensionValues))
        {
            error = Error("The query string has no \"query\" parameter.", ServerErrorCodes.QueryMissing);
            return false;
        }

        if (TooLong(operationName, out error))
            return false;
        request = new GraphQLRequest(string.IsNullOrEmpty(query) ? null : query, string.IsNullOrEmpty(operationName) ? null : operationName, variableValues, extensionValues)
        {
            DocumentId = string.IsNullOrEmpty(documentId) ? null : documentId,
        };
        return true;
    }

    private static bool TryParseBatch(
        JsonElement root, bool allowBatch, int maxBatchSize, out IReadOnlyList<GraphQLRequest> requests, out bool isBatch, out GraphQLError? error)
    {
        requests = [];
        isBatch = true;
        if (!allowBatch)
        {
            error = Error("Batched requests (a JSON array) are not enabled on this server; send one request object.", ServerErrorCodes.BatchingDisabled);
            return false;
        }

        var count = root.GetArrayLength();
        if (count == 0 || count > maxBatchSize)
        {
            error = Error($"A batch holds 1 to {maxBatchSize} requests; this one holds {count}.", ServerErrorCodes.BatchTooLarge);
            return false;
        }

        var batch = new List<GraphQLRequest>(count);
        foreach (var item in root.EnumerateArray())
        {
            if (!TryParseRequest(item, out var request, out error))
                return false;
            batch.Add(request);
        }

        requests = batch;
        error = null;
        return true;
    }

    private static bool TryParseRequest(JsonElement element, out GraphQLRequest request, out GraphQLError? error)
    {
        request = null!;
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = Error($"A GraphQL request is a JSON object, not {Describe(element.ValueKind)}.", ServerErrorCodes.RequestInvalid);
            return false;
        }

        string? query = null;
        string? documentId = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (!TryString(value, "query", out query, out error))
                        return false;
                    break;
                case "operationName":
                    if (!TryString(value, "operationName", out operationName, out error))
                        return false;
                    break;
                case "id" or "documentId" or "doc_id":
                    if (!TryString(value, property.Name, out documentId, out error))
                        return false;
                    break;
                case "variables":
                    if (!TryMap(value, "variables", out variables, out error))
                        return false;
                    break;
                case "extensions":
                    if (!TryMap(value, "extensions", out extensions, out error))
                        return false;
                    break;
            }
        }

        if (string.IsNullOrEmpty(query) && !NamesPersistedDocument(documentId, extensions))
        {
            error = Error("The request has neither a \"query\" nor a persisted document's hash (extensions.persistedQuery.sha256Hash, or id).", ServerErrorCodes.QueryMissing);
            return false;
        }

        if (TooLong(operationName, out error))
            return false;
        request = new GraphQLRequest(string.IsNullOrEmpty(query) ? null : query, operationName, variables, extensions) { DocumentId = documentId };
        return true;
    }

    private static bool TryString(JsonElement value, string name, out string? text, out GraphQLError? error)
    {
        text = null;
        error = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                text = value.GetString();
                return true;
            default:
                error = Error($"\"{name}\" must be a string, not {Describe(value.ValueKind)}.", ServerErrorCodes.RequestInvalid);
                return false;
        }
    }

    private static bool NamesPersistedDocument(string? documentId, IReadOnlyDictionary<string, object?>? extensions) =>
        !string.IsNullOrEmpty(documentId) || extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?>;

    private static bool TooLong(string? operationName, out GraphQLError? error)
    {
        error = operationName?.Length > MaxOperationNameLength
            ? Error($"\"operationName\" is longer than {MaxOperationNameLength} characters.", ServerErrorCodes.RequestInvalid)
            : null;
        return error is not null;
    }

    private static bool TryMap(JsonElement value, string name, out IReadOnlyDictionary<string, object?>? map, out GraphQLError? error)
    {
        map = null;
        error = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.Object:
                map = JsonValues.ObjectFromJsonElement(value);
                return true;
            default:
                error = Error($"\"{name}\" must be an object, not {Describe(value.ValueKind)}.", ServerErrorCodes.RequestInvalid);
                return false;
        }
    }

    private static bool TryParseJsonMap(string? json, string name, out IReadOnlyDictionary<string, object?>? map, out GraphQLError? error)
    {
        map = null;
        error = null;
        if (string.IsNullOrEmpty(json))
            return true;
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return TryMap(document.RootElement, name, out map, out error);
        }
        catch (JsonException exception)
        {
            error = Error($"\"{name}\" is not valid JSON: {exception.Message}", ServerErrorCodes.JsonSyntaxError);
            return false;
        }
    }

    private static bool TrySingle(IQueryCollection parameters, string name, out string? value, out GraphQLError? error)
    {
        value = null;
        error = null;
        if (!parameters.TryGetValue(name, out var values))
            return true;
        if (values.Count > 1)
        {
            error = Error($"The query string has {values.Count} \"{name}\" parameters; give it once.", ServerErrorCodes.RequestInvalid);
            return false;
        }

        value = values[0];
        return true;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    internal static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
