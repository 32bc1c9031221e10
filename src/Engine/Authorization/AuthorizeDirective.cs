using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Authorization;

/// <summary>One applied <c>@authorize</c>: any of <see cref="Roles"/> (when given) and the <see cref="Policy"/> (when given).</summary>
public sealed record AuthorizeDirective(IReadOnlyList<string>? Roles, string? Policy, ApplyPolicy Apply)
{
    public const string Name = "authorize";

    /// <summary>The directive as applied in SDL, arguments in HotChocolate's order.</summary>
    public AppliedDirective ToApplied()
    {
        var arguments = new List<ArgumentNode>();
        if (Policy is not null)
            arguments.Add(new ArgumentNode(new NameNode("policy"), new StringValueNode(Policy)));
        if (Roles is { Count: > 0 })
            arguments.Add(new ArgumentNode(new NameNode("roles"), new ListValueNode(Roles.Select(r => (ValueNode)new StringValueNode(r)).ToArray())));
        if (Apply != ApplyPolicy.BeforeResolver)
            arguments.Add(new ArgumentNode(new NameNode("apply"), new EnumValueNode(AuthorizationSchema.ApplyPolicyName(Apply))));
        return new AppliedDirective(Name, arguments);
    }

    /// <summary>Reads an <c>@authorize</c> written in SDL.</summary>
    internal static AuthorizeDirective FromApplied(AppliedDirective directive)
    {
        IReadOnlyList<string>? roles = null;
        string? policy = null;
        var apply = ApplyPolicy.BeforeResolver;
        foreach (var argument in directive.Arguments)
        {
            switch (argument.Name.Value, argument.Value)
            {
                case ("policy", StringValueNode value):
                    policy = value.Value;
                    break;
                case ("roles", ListValueNode list):
                    roles = list.Values.OfType<StringValueNode>().Select(v => v.Value).ToArray();
                    break;
                case ("roles", StringValueNode single):
                    roles = [single.Value];
                    break;
                case ("apply", EnumValueNode value):
                    apply = AuthorizationSchema.ParseApplyPolicy(value.Value);
                    break;
            }
        }

        return new AuthorizeDirective(roles, policy, apply);
    }
}
