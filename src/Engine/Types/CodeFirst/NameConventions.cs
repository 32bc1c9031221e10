using System.Reflection;
using System.Text;

namespace Graph.Engine.Types;

/// <summary>HotChocolate's naming conventions for code-first schemas.</summary>
public static class NameConventions
{
    /// <summary>A type's GraphQL name: <c>[GraphQLName]</c>, else the CLR name without generic arity.</summary>
    public static string TypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = type.Name;
        var tick = name.IndexOf('`');
        return tick >= 0 ? name[..tick] : name;
    }

    /// <summary>An input object's name: the type name with an <c>Input</c> suffix unless it already has one.</summary>
    public static string InputTypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = TypeName(type);
        return name.EndsWith("Input", StringComparison.Ordinal) ? name : name + "Input";
    }

    /// <summary>A field's name: <c>[GraphQLName]</c>, else the member name camelCased, <c>Get</c>/<c>Async</c> removed from methods.</summary>
    public static string FieldName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }

            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }
        }

        return CamelCase(name);
    }

    public static string ArgumentName(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name ?? "arg");

    /// <summary><c>UserId</c> → <c>userId</c>, <c>ID</c> → <c>id</c>, <c>URLPath</c> → <c>urlPath</c>.</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0]))
        {
            return name;
        }

        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        // In "URLPath" the run is "URLP"; its last letter starts the next word, so it stays upper case.
        var lower = upper == name.Length || upper == 1 ? upper : upper - 1;
        return name[..lower].ToLowerInvariant() + name[lower..];
    }

    /// <summary><c>SampleCollected</c> → <c>SAMPLE_COLLECTED</c>, <c>HTTPError</c> → <c>HTTP_ERROR</c>.</summary>
    public static string EnumValueName(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    builder.Append('_');
                }
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
