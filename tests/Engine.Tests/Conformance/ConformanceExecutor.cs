using System.Text.Json.Nodes;
using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Conformance;

/// <summary>
/// Executes a valid corpus document the way oracle.mjs does with graphql-js: subscriptions through Subscribe
/// (one result per fixture event), queries and mutations through ExecuteRequest, on the fixture's root values.
/// Results go through our JSON writer, so serialization is compared too.
/// </summary>
internal static class ConformanceExecutor
{
    public static async Task<JsonObject> ExecuteAsync(GraphSchema schema, DocumentNode document, CorpusEntry entry)
    {
        var variables = Corpus.VariableValues(entry);
        var operation = GetOperation(document, entry.OperationName);
        if (operation?.Operation == OperationType.Subscription)
        {
            var options = new ExecutionOptions { RootValue = FixtureData.Subscription };
            var subscription = await Executor.SubscribeAsync(schema, document, entry.OperationName, variables, options);
            if (!subscription.IsStream)
            {
                return new JsonObject { ["result"] = ToJson(subscription.ErrorResult!) };
            }

            var events = new JsonArray();
            await foreach (var result in subscription.Stream!)
            {
                events.Add(ToJson(result));
            }

            return new JsonObject { ["events"] = events };
        }

        object rootValue = operation?.Operation == OperationType.Mutation ? FixtureData.NewMutationRoot() : FixtureData.Query;
        var response = await Executor.ExecuteRequestAsync(schema, document, entry.OperationName, variables, new ExecutionOptions { RootValue = rootValue });
        return new JsonObject { ["result"] = ToJson(response) };
    }

    /// <summary>graphql-js's getOperationAST: the named operation, or the only one; null when ambiguous.</summary>
    private static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        return found;
    }

    /// <summary>Our writer's JSON, keeping what oracle.mjs keeps: data, and errors' message, locations and path.</summary>
    private static JsonObject ToJson(ExecutionResult result)
    {
        var json = JsonNode.Parse(ExecutionResultWriter.ToJson(result))!.AsObject();
        json.Remove("extensions");
        if (json["errors"] is JsonArray errors)
        {
            foreach (var error in errors)
            {
                error!.AsObject().Remove("extensions");
            }
        }

        return json;
    }
}
