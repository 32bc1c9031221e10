using System.Text;

namespace Graph.Engine.Data;

/// <summary>Builds LIKE patterns from user text: <c>%</c>, <c>_</c> and <c>\</c> are escaped with a backslash.</summary>
public static class LikePattern
{
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            if (c is '%' or '_' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static string Equal(string value) => Escape(value);

    public static string Contains(string value) => "%" + Escape(value) + "%";

    public static string StartsWith(string value) => Escape(value) + "%";

    public static string EndsWith(string value) => "%" + Escape(value);
}
