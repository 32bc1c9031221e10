using System.Text.Json.Nodes;
using Graph.Engine.Language;

namespace Graph.Engine.Tests.Conformance;

/// <summary>Errors as the oracle prints them: <c>{ message, locations?, path? }</c>.</summary>
internal static class ResultJson
{
    public static JsonObject Error(GraphQLError error)
    {
        var json = new JsonObject { ["message"] = error.Message };
        if (error.Locations.Count > 0)
        {
            json["locations"] = Locations(error.Locations);
        }

        if (error.Path is not null)
        {
            var path = new JsonArray();
            foreach (var segment in error.Path)
            {
                path.Add(segment is int index ? JsonValue.Create(index) : JsonValue.Create(segment.ToString()));
            }

            json["path"] = path;
        }

        return json;
    }

    public static JsonArray Locations(IReadOnlyList<Location> locations)
    {
        var array = new JsonArray();
        foreach (var location in locations)
        {
            array.Add(new JsonObject { ["line"] = location.Line, ["column"] = location.Column });
        }

        return array;
    }
}
