using Graph.Engine.Types;

namespace Graph.Server;

/// <summary>
/// The served schema as SDL, printed once: applied directives included, as HotChocolate prints them; LF line
/// endings and one final newline, so <c>export-schema</c>, <c>GET /graphql?sdl</c> and <c>schema.graphql</c> agree byte for byte.
/// </summary>
internal sealed class SchemaDocumentSource(GraphSchema schema) : ISchemaDocumentSource
{
    private readonly Lazy<string> _sdl = new(() =>
        SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeAppliedDirectives = true }).ReplaceLineEndings("\n").TrimEnd('\n') + "\n");

    public string PrintSchema() => _sdl.Value;
}
