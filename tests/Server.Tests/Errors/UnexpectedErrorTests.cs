using System.Net;
using Graph.Server.Tests.Testing;
using Microsoft.Extensions.Logging;

namespace Graph.Server.Tests.Errors;

/// <summary>Unexpected exceptions: masked for the client, logged with a correlation id the client also gets.</summary>
public sealed class UnexpectedErrorTests
{
    [Fact]
    public async Task An_exception_becomes_Unexpected_Execution_Error_with_a_code_and_a_logged_correlation_id()
    {
        await using var server = await GraphQLTestServer.StartAsync("Production");

        using var response = await server.PostQueryAsync("{ echo(value: \"still here\") boom }", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        var error = body.GetProperty("errors")[0];
        Assert.Equal("Unexpected Execution Error", error.GetProperty("message").GetString());
        Assert.Equal("""["boom"]""", error.GetProperty("path").GetRawText());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("UNEXPECTED_EXECUTION_ERROR", extensions.GetProperty("code").GetString());
        var correlationId = extensions.GetProperty("correlationId").GetString()!;
        Assert.Matches("^[0-9a-f]{32}$", correlationId);
        Assert.False(extensions.TryGetProperty("message", out _));
        Assert.False(extensions.TryGetProperty("stackTrace", out _));
        Assert.DoesNotContain("hunter2", body.GetRawText());

        var logged = Assert.Single(server.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(correlationId, logged.Message);
        Assert.Contains("boom", logged.Message);
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }

    [Fact]
    public async Task In_Development_the_exception_message_and_stack_trace_join_the_extensions()
    {
        await using var server = await GraphQLTestServer.StartAsync("Development");

        using var response = await server.PostQueryAsync("{ boom }");

        var extensions = (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal("UNEXPECTED_EXECUTION_ERROR", extensions.GetProperty("code").GetString());
        Assert.Equal("The connection string password is hunter2.", extensions.GetProperty("message").GetString());
        Assert.Contains(nameof(Testing.TestQueries.Boom), extensions.GetProperty("stackTrace").GetString());
    }

    [Fact]
    public async Task Exception_details_can_be_turned_off_in_Development()
    {
        await using var server = await GraphQLTestServer.StartAsync("Development", new Dictionary<string, string?> { ["GraphQL:IncludeExceptionDetails"] = "false" });

        using var response = await server.PostQueryAsync("{ boom }");

        Assert.DoesNotContain("hunter2", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Expected_GraphQL_errors_pass_through_unmasked_and_unlogged()
    {
        await using var server = await GraphQLTestServer.StartAsync("Production");

        using var response = await server.PostQueryAsync("{ refused }");

        Assert.Equal("Refused on purpose.", (await response.JsonAsync()).Message());
        Assert.DoesNotContain(server.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task An_operation_past_the_timeout_is_answered_with_REQUEST_TIMEOUT()
    {
        await using var server = await GraphQLTestServer.StartAsync("Production", new Dictionary<string, string?> { ["GraphQL:ExecutionTimeout"] = "00:00:00.200" });

        using var graphQLResponse = await server.PostQueryAsync("{ slow }", accept: "application/graphql-response+json");
        using var json = await server.PostQueryAsync("{ slow }", accept: "application/json");

        Assert.Equal(HttpStatusCode.GatewayTimeout, graphQLResponse.StatusCode);
        Assert.Equal("REQUEST_TIMEOUT", (await graphQLResponse.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("REQUEST_TIMEOUT", (await json.JsonAsync()).Code());
    }
}
