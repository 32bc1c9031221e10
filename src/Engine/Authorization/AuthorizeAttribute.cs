namespace Graph.Engine.Authorization;

/// <summary>
/// Code-first <c>@authorize</c>: on a class every field of the type (or of the type extension) requires it, on a
/// property or method only that field. Without roles or policy it only requires an authenticated caller.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public string[]? Roles { get; set; }

    public string? Policy { get; set; }

    public ApplyPolicy Apply { get; set; } = ApplyPolicy.BeforeResolver;

    internal AuthorizeDirective ToDirective() => new(Roles, Policy, Apply);
}
