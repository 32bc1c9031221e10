namespace Graph.Engine.Authorization;

/// <summary>The verdict on one field for one caller.</summary>
public enum AuthorizationResult
{
    Allowed,

    /// <summary>No authenticated caller: <c>AUTH_NOT_AUTHENTICATED</c>.</summary>
    NotAuthenticated,

    /// <summary>A caller without the role or failing the policy: <c>AUTH_NOT_AUTHORIZED</c>.</summary>
    NotAllowed,
}
