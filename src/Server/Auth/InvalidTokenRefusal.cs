using Graph.Engine.Authorization;
using Graph.Server.Errors;
using Graph.Server.Transports;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Graph.Server.Auth;

/// <summary>
/// A request whose bearer token fails is answered 401 with <c>WWW-Authenticate: Bearer error="invalid_token"</c>
/// (RFC 6750, 3.1) and a GraphQL error <c>AUTH_NOT_AUTHENTICATED</c>, before any endpoint runs: a client whose token
/// expired must learn it, not be told as an anonymous caller that it has no pets. Requests without a bearer token are
/// untouched (anonymous).
/// </summary>
internal sealed class InvalidTokenRefusal : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer", StringComparison.OrdinalIgnoreCase))
            {
                await proceed(context);
                return;
            }

            AuthenticateResult result;
            try
            {
                result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            }
            catch (Exception exception) when (DatabaseUnavailable.Is(exception))
            {
                await GraphQLHttpResponses.WriteUnavailableAsync(context);
                return;
            }

            if (result.Succeeded)
            {
                // Set now (the authentication middleware would set it later) for what runs before it: the rate limiter.
                context.User = result.Principal;
                await proceed(context);
                return;
            }

            // A token that could not be checked because the database is down is not an invalid token.
            if (DatabaseUnavailable.Is(result.Failure))
            {
                await GraphQLHttpResponses.WriteUnavailableAsync(context);
                return;
            }

            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The access token is invalid, expired or revoked.\"";
            await GraphQLHttpResponses.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, AcceptNegotiation.Negotiate(context.Request) ?? ResponseMediaType.Json,
                GraphQLRequestParser.Error("The access token is invalid, expired or revoked; sign in again or refresh it.", AuthorizationSchema.NotAuthenticatedCode));
        });
        next(app);
    };
}
