using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Outbox;
using Graph.Schema.Authorization;

namespace Graph.Schema.Identity.Auth;

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class AuthMutations
{
    [GraphQLDescription("Signs in with an email and password: a 15-minute access token and a refresh token.")]
    public async Task<LoginPayload> Login(LoginInput input, IResolverContext context, [Service] AuthService auth, CancellationToken cancellationToken)
    {
        var result = await auth.LoginAsync(input.Email, input.Password, cancellationToken);
        if (result.User is { } user)
            Viewers.SignIn(context, user);
        return result;
    }

    [GraphQLDescription("Creates a CUSTOMER account and signs it in (answers as `login`). Staff accounts are made by an ADMIN with `createUser`.")]
    public async Task<RegisterPayload> Register(
        RegisterInput input, IResolverContext context, [Service] AuthService auth, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var result = await auth.RegisterAsync(input, outbox, cancellationToken);
        if (result.User is { } user)
            Viewers.SignIn(context, user);
        return result;
    }

    [GraphQLDescription("Exchanges a refresh token for new tokens; the presented token is spent.")]
    public async Task<RefreshTokenPayload> RefreshToken(RefreshTokenInput input, IResolverContext context, [Service] AuthService auth, CancellationToken cancellationToken)
    {
        var result = await auth.RefreshAsync(input.RefreshToken, cancellationToken);
        if (result.User is { } user)
            Viewers.SignIn(context, user);
        return new RefreshTokenPayload
        {
            AccessToken = result.AccessToken,
            RefreshToken = result.RefreshToken,
            ExpiresAt = result.ExpiresAt,
            User = result.User,
            Errors = result.Errors,
        };
    }

    [Authorize]
    [GraphQLDescription("Revokes the caller's access token and its refresh tokens.")]
    public async Task<LogoutPayload> Logout(IResolverContext context, [Service] AuthService auth, CancellationToken cancellationToken)
    {
        var caller = DefaultAuthorizationHandler.GetUser(context);
        return caller is not null && await auth.LogoutAsync(caller, cancellationToken)
            ? new LogoutPayload { Success = true }
            : new LogoutPayload { Errors = [new AuthError("The access token cannot be revoked.", AuthError.InvalidCredentialsCode)] };
    }
}
