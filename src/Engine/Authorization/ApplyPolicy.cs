namespace Graph.Engine.Authorization;

/// <summary>When an <c>@authorize</c> directive is checked (HotChocolate's <c>ApplyPolicy</c>).</summary>
public enum ApplyPolicy
{
    /// <summary>Before the resolver runs: an unauthorized caller never reaches it.</summary>
    BeforeResolver,

    /// <summary>After the resolver, so a policy can see the resolved value.</summary>
    AfterResolver,

    /// <summary>HotChocolate checks these while validating the request; this engine checks them before the resolver.</summary>
    Validation,
}
