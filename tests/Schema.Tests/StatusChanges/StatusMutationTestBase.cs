using System.Text.Json;
using Graph.Schema.Relay;
using Npgsql;

namespace Graph.Schema.Tests.StatusChanges;

[CollectionDefinition(Name)]
public sealed class StatusMutationCollection : ICollectionFixture<StatusMutationFixture>
{
    public const string Name = "Status mutations";
}

/// <summary>
/// What every status mutation must do, asked of one node type: a declared move changes the row and writes and
/// publishes its event; a refused one answers a typed error and leaves row and outbox alone.
/// </summary>
public abstract class StatusMutationTestBase(StatusMutationFixture fixture)
{
    protected StatusMutationFixture Fixture => fixture;

    protected abstract string Mutation { get; }

    protected abstract string IdField { get; }

    protected abstract string NodeField { get; }

    protected abstract string TypeName { get; }

    protected abstract string Table { get; }

    protected abstract string EventField { get; }

    /// <summary>A role the mutation admits.</summary>
    protected abstract string Role { get; }

    protected async Task<JsonElement> MoveAsync(Guid key, string status, string? role = null, string? extraSelection = null)
    {
        var query = $$"""
            mutation($id: ID!, $status: {{TypeName}}Status!) {
              {{Mutation}}(input: { {{IdField}}: $id, status: $status }) {
                {{NodeField}} { id status {{extraSelection}} }
                errors { __typename message ... on InvalidStatusTransitionError { from to } ... on NotFoundError { id } }
              }
            }
            """;
        return await fixture.RunAsync(query, new { id = NodeId.Format(TypeName, key), status }, role ?? Role);
    }

    /// <summary>Puts the type's first row into <paramref name="status"/> behind the schema's back.</summary>
    protected async Task<Guid> PrepareAsync(string status)
    {
        await using var command = fixture.DataSource.CreateCommand(
            $"UPDATE {Table} SET status = $1 WHERE id = (SELECT id FROM {Table} ORDER BY id LIMIT 1) RETURNING id");
        command.Parameters.Add(new NpgsqlParameter { Value = status });
        return (Guid)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"{Table} has no rows."));
    }

    protected async Task<string> StatusInDatabaseAsync(Guid key)
    {
        await using var command = fixture.DataSource.CreateCommand($"SELECT status FROM {Table} WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return (string)(await command.ExecuteScalarAsync())!;
    }

    protected string Topic(Guid key) => EventField + ":" + key.ToString("D");

    protected async Task<JsonElement> AssertMovesAsync(string from, string to, string? role = null, string? extraSelection = null)
    {
        var key = await PrepareAsync(from);
        var eventsBefore = (await fixture.OutboxPayloadsAsync(Topic(key))).Count;

        var response = await MoveAsync(key, to, role, extraSelection);

        Assert.False(response.TryGetProperty("errors", out _), response.GetRawText());
        var payload = response.GetProperty("data").GetProperty(Mutation);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(to, payload.GetProperty(NodeField).GetProperty("status").GetString());
        Assert.Equal(NodeId.Format(TypeName, key), payload.GetProperty(NodeField).GetProperty("id").GetString());
        Assert.Equal(to, await StatusInDatabaseAsync(key));

        var events = await fixture.OutboxPayloadsAsync(Topic(key));
        Assert.Equal(eventsBefore + 1, events.Count);
        Assert.Equal(key, events[^1].GetProperty("id").GetGuid());
        Assert.Equal(from, events[^1].GetProperty("previousStatus").GetString());
        Assert.Equal(to, events[^1].GetProperty("status").GetString());
        var published = fixture.Published.For(Topic(key));
        Assert.Equal(to, published[^1].Payload.GetProperty("status").GetString());
        return payload.GetProperty(NodeField);
    }

    protected async Task AssertRefusedAsync(string from, string to)
    {
        var key = await PrepareAsync(from);
        var eventsBefore = (await fixture.OutboxPayloadsAsync(Topic(key))).Count;
        var publishedBefore = fixture.Published.For(Topic(key)).Count;

        var response = await MoveAsync(key, to);

        var payload = response.GetProperty("data").GetProperty(Mutation);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(NodeField).ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("InvalidStatusTransitionError", error.GetProperty("__typename").GetString());
        Assert.Equal(from, error.GetProperty("from").GetString());
        Assert.Equal(to, error.GetProperty("to").GetString());
        Assert.Contains(from, error.GetProperty("message").GetString());
        Assert.Equal(from, await StatusInDatabaseAsync(key));
        Assert.Equal(eventsBefore, (await fixture.OutboxPayloadsAsync(Topic(key))).Count);
        Assert.Equal(publishedBefore, fixture.Published.For(Topic(key)).Count);
    }

    protected async Task AssertNotFoundAsync(string status)
    {
        foreach (var id in new[] { NodeId.Format(TypeName, Guid.CreateVersion7()), NodeId.Format("Pet", Guid.CreateVersion7()), "not-an-id" })
        {
            var query = $$"""
                mutation($id: ID!, $status: {{TypeName}}Status!) {
                  {{Mutation}}(input: { {{IdField}}: $id, status: $status }) { {{NodeField}} { id } errors { __typename message ... on NotFoundError { id } } }
                }
                """;
            var response = await fixture.RunAsync(query, new { id, status }, Role);
            var error = Assert.Single(response.GetProperty("data").GetProperty(Mutation).GetProperty("errors").EnumerateArray());
            Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
            Assert.Equal(id, error.GetProperty("id").GetString());
        }
    }

    protected async Task AssertRoleRefusedAsync(string from, string to, string role)
    {
        var key = await PrepareAsync(from);

        var response = await MoveAsync(key, to, role);

        Assert.Equal("AUTH_NOT_AUTHORIZED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(from, await StatusInDatabaseAsync(key));
    }
}
