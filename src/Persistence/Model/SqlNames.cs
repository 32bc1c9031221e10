using System.Text;

namespace Graph.Persistence.Model;

/// <summary>The SQL spelling of C# names: <c>AddressLine1</c> is <c>address_line1</c>,
/// <c>SampleCollected</c> is <c>SAMPLE_COLLECTED</c> in upper case.</summary>
public static class SqlNames
{
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var afterLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var endsAcronym = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (afterLowerOrDigit || endsAcronym)
                    builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string UpperSnakeCase(string name) => SnakeCase(name).ToUpperInvariant();
}
