using System.Text;
using Graph.Engine.Introspection;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>Options of <see cref="SchemaPrinter"/>.</summary>
public sealed class SchemaPrinterOptions
{
    /// <summary>
    /// Also print applied custom directives (e.g. <c>@authorize</c>) as HotChocolate does. Off by default,
    /// which prints exactly what graphql-js's printSchema prints.
    /// </summary>
    public bool IncludeAppliedDirectives { get; init; }
}

/// <summary>
/// printSchema (graphql-js): the schema as SDL, custom directives first, then the types in type-map order,
/// leaving out the built-in scalars, built-in directives and introspection types.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(GraphSchema schema, SchemaPrinterOptions? options = null)
    {
        var printer = new Printer(options ?? new SchemaPrinterOptions());
        var parts = new List<string>();
        var schemaDefinition = printer.PrintSchemaDefinition(schema);
        if (schemaDefinition is not null)
        {
            parts.Add(schemaDefinition);
        }

        foreach (var directive in schema.Directives)
        {
            if (!BuiltInDirectives.IsBuiltIn(directive))
            {
                parts.Add(printer.PrintDirective(directive));
            }
        }

        foreach (var type in schema.Types)
        {
            if (!Scalars.IsSpecified(type) && !IntrospectionTypes.IsIntrospectionType(type))
            {
                parts.Add(printer.PrintType(type));
            }
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>printType: one named type as SDL.</summary>
    public static string PrintType(NamedType type, SchemaPrinterOptions? options = null) =>
        new Printer(options ?? new SchemaPrinterOptions()).PrintType(type);

    /// <summary>printDirective: one directive definition as SDL.</summary>
    public static string PrintDirective(DirectiveDefinition directive) =>
        new Printer(new SchemaPrinterOptions()).PrintDirective(directive);

    private sealed class Printer(SchemaPrinterOptions options)
    {
        public string? PrintSchemaDefinition(GraphSchema schema)
        {
            if (schema.QueryType is null && schema.MutationType is null && schema.SubscriptionType is null)
            {
                return null;
            }

            var applied = options.IncludeAppliedDirectives ? AppliedDirectives(schema.SchemaDirectives) : string.Empty;
            if (schema.Description is null && HasDefaultRootOperationTypes(schema) && applied.Length == 0)
            {
                return null;
            }

            var builder = new StringBuilder();
            builder.Append(Description(schema.Description)).Append("schema").Append(applied).Append(" {\n");
            if (schema.QueryType is not null)
            {
                builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
            }

            if (schema.MutationType is not null)
            {
                builder.Append("  mutation: ").Append(schema.MutationType.Name).Append('\n');
            }

            if (schema.SubscriptionType is not null)
            {
                builder.Append("  subscription: ").Append(schema.SubscriptionType.Name).Append('\n');
            }

            return builder.Append('}').ToString();
        }

        private static bool HasDefaultRootOperationTypes(GraphSchema schema) =>
            ReferenceEquals(schema.QueryType, schema.GetType("Query"))
            && ReferenceEquals(schema.MutationType, schema.GetType("Mutation"))
            && ReferenceEquals(schema.SubscriptionType, schema.GetType("Subscription"));

        public string PrintType(NamedType type) => type switch
        {
            ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedByUrl(scalar) + Applied(scalar.Directives),
            ObjectType @object => Description(@object.Description) + "type " + @object.Name + Implements(@object) + Applied(@object.Directives) + Fields(@object),
            InterfaceType @interface => Description(@interface.Description) + "interface " + @interface.Name + Implements(@interface) + Applied(@interface.Directives) + Fields(@interface),
            UnionType union => Description(union.Description) + "union " + union.Name + Applied(union.Directives)
                + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
            EnumType @enum => Description(@enum.Description) + "enum " + @enum.Name + Applied(@enum.Directives) + Block(
                @enum.Values.Select((value, i) => Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason) + Applied(value.Directives))),
            InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) + Applied(input.Directives) + Block(
                input.Fields.Select((field, i) => Description(field.Description, "  ", i == 0) + "  " + InputValue(field))),
            _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
        };

        public string PrintDirective(DirectiveDefinition directive) =>
            Description(directive.Description)
            + "directive @" + directive.Name
            + Arguments(directive.Arguments, string.Empty)
            + Deprecated(directive.DeprecationReason)
            + (directive.IsRepeatable ? " repeatable" : string.Empty)
            + " on " + string.Join(" | ", directive.Locations.Select(DirectiveLocations.GetName));

        private static string Implements(ComplexType type) =>
            type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

        private string Fields(ComplexType type) => Block(type.Fields.Select((field, i) =>
            Description(field.Description, "  ", i == 0)
            + "  " + field.Name
            + Arguments(field.Arguments, "  ")
            + ": " + field.Type
            + Deprecated(field.DeprecationReason)
            + Applied(field.Directives)));

        private static string Block(IEnumerable<string> items)
        {
            var list = items.ToList();
            return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
        }

        private string Arguments(IReadOnlyList<InputValue> arguments, string indentation)
        {
            if (arguments.Count == 0)
            {
                return string.Empty;
            }

            if (arguments.All(a => a.Description is null))
            {
                return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
            }

            return "(\n"
                + string.Join("\n", arguments.Select((argument, i) => Description(argument.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(argument)))
                + "\n" + indentation + ")";
        }

        private string InputValue(InputValue value)
        {
            var declaration = value.Name + ": " + value.Type;
            if (value.DefaultValue is not null)
            {
                declaration += " = " + SdlText.Print(value.DefaultValue);
            }

            return declaration + Deprecated(value.DeprecationReason) + Applied(value.Directives);
        }

        private static string Deprecated(string? reason) => reason switch
        {
            null => string.Empty,
            BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
            _ => " @deprecated(reason: " + SdlText.PrintString(reason) + ")",
        };

        private static string SpecifiedByUrl(ScalarType scalar) =>
            scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + SdlText.PrintString(scalar.SpecifiedByUrl) + ")";

        private string Applied(IReadOnlyList<AppliedDirective> directives) =>
            options.IncludeAppliedDirectives ? AppliedDirectives(directives) : string.Empty;

        private static string AppliedDirectives(IReadOnlyList<AppliedDirective> directives)
        {
            var builder = new StringBuilder();
            foreach (var directive in directives)
            {
                if (BuiltInDirectives.IsBuiltIn(directive.Name))
                {
                    continue;
                }

                builder.Append(" @").Append(directive.Name);
                if (directive.Arguments.Count > 0)
                {
                    builder.Append('(');
                    for (var i = 0; i < directive.Arguments.Count; i++)
                    {
                        if (i > 0)
                        {
                            builder.Append(", ");
                        }

                        builder.Append(directive.Arguments[i].Name.Value).Append(": ").Append(SdlText.Print(directive.Arguments[i].Value));
                    }

                    builder.Append(')');
                }
            }

            return builder.ToString();
        }

        private static string Description(string? description, string indentation = "", bool firstInBlock = true)
        {
            if (description is null)
            {
                return string.Empty;
            }

            var literal = SdlText.IsPrintableAsBlockString(description)
                ? SdlText.PrintBlockString(description)
                : SdlText.PrintString(description);
            var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
            return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
        }
    }
}
