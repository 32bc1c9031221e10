using System.Globalization;
using System.Text;
using Graph.Engine.Language;

namespace Graph.Engine.Validation;

// Stand-in until the language phase's Printer is merged.
internal static class TemporaryValuePrinter
{
    public static string Print(ValueNode value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode i:
                builder.Append(i.Value);
                break;
            case FloatValueNode f:
                builder.Append(f.Value);
                break;
            case StringValueNode s:
                builder.Append('"');
                foreach (var c in s.Value)
                {
                    switch (c)
                    {
                        case '"': builder.Append("\\\""); break;
                        case '\\': builder.Append("\\\\"); break;
                        case '\n': builder.Append("\\n"); break;
                        case '\r': builder.Append("\\r"); break;
                        case '\t': builder.Append("\\t"); break;
                        case '\b': builder.Append("\\b"); break;
                        case '\f': builder.Append("\\f"); break;
                        default:
                            if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                            {
                                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                            }
                            else
                            {
                                builder.Append(c);
                            }

                            break;
                    }
                }

                builder.Append('"');
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode e:
                builder.Append(e.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, list.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                if (obj.Fields.Count == 0)
                {
                    builder.Append("{}");
                    break;
                }

                builder.Append("{ ");
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(obj.Fields[i].Name.Value).Append(": ");
                    Append(builder, obj.Fields[i].Value);
                }

                builder.Append(" }");
                break;
        }
    }
}
